package dev.hearth.tools.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.hearth.core.understand.emotion.EmotionModel;
import dev.hearth.core.understand.emotion.FeatureBuffer;
import dev.hearth.core.understand.emotion.FeaturizerSettings;
import dev.hearth.core.understand.emotion.TextFeaturizer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModelCompilerTest {
    private final TextFeaturizer featurizer = new TextFeaturizer(FeaturizerSettings.DEFAULT);

    @Test
    @DisplayName("quantised logits stay close to the floating-point ones")
    void quantisationIsClose() {
        FeatureBuffer features = new FeatureBuffer();
        featurizer.featurize("so happy today", features);
        int n = features.size();
        int[] keys = new int[n];
        double[][] weights = new double[2][n];
        for (int i = 0; i < n; i++) {
            keys[i] = features.key(i);
            weights[0][i] = 0.5 + 0.01 * i;
            weights[1][i] = -0.3 + 0.02 * (i % 7);
        }
        double[] biases = {-1.25, 0.5};

        EmotionModel model = new ModelCompiler(1.0, Integer.MAX_VALUE)
                .compile(FeaturizerSettings.DEFAULT, List.of("a", "b"), weights, biases, keys);
        double[] logits = new double[2];
        model.logits(features, logits);

        for (int l = 0; l < 2; l++) {
            double exact = biases[l];
            for (int i = 0; i < n; i++) {
                exact += features.value(i) * weights[l][i];
            }
            assertThat(logits[l]).isCloseTo(exact, offset(0.02));
        }
    }

    @Test
    @DisplayName("rows whose weights all round to zero are dropped, and the row budget caps the rest")
    void prunes() {
        int[] keys = {11, 22, 33, 44};
        double[][] weights = {{1.0, 0.0001, 0.5, -0.2}};

        EmotionModel all = new ModelCompiler(1.0, 100)
                .compile(FeaturizerSettings.DEFAULT, List.of("a"), weights, new double[1], keys);
        EmotionModel two = new ModelCompiler(1.0, 2)
                .compile(FeaturizerSettings.DEFAULT, List.of("a"), weights, new double[1], keys);

        assertThat(all.rowCount()).isEqualTo(3);
        assertThat(two.rowCount()).isEqualTo(2);
    }
}
