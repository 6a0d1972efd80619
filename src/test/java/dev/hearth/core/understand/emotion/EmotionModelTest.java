package dev.hearth.core.understand.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmotionModelTest {
    private final TextFeaturizer featurizer = new TextFeaturizer(FeaturizerSettings.DEFAULT);

    /** A two-label model whose rows are the features of "happy" (label a) and "sad" (label b). */
    private EmotionModel twoLabelModel() {
        FeatureBuffer happy = new FeatureBuffer();
        featurizer.featurize("happy", happy);
        FeatureBuffer sad = new FeatureBuffer();
        featurizer.featurize("sad", sad);
        int rows = happy.size() + sad.size();
        int[] keys = new int[rows];
        byte[] weights = new byte[rows * 2];
        for (int i = 0; i < happy.size(); i++) {
            keys[i] = happy.key(i);
            weights[i * 2] = 100;
            weights[i * 2 + 1] = -50;
        }
        for (int i = 0; i < sad.size(); i++) {
            int r = happy.size() + i;
            keys[r] = sad.key(i);
            weights[r * 2] = -50;
            weights[r * 2 + 1] = 100;
        }
        return new EmotionModel(FeaturizerSettings.DEFAULT, List.of("a", "b"), keys, weights,
                new float[] {0.01f, 0.01f}, new float[] {-1f, -1f});
    }

    @Test
    @DisplayName("a logit is the bias plus the scaled sum of feature values times weights")
    void logitIsALinearFunction() {
        EmotionModel model = twoLabelModel();
        FeatureBuffer features = new FeatureBuffer();
        featurizer.featurize("happy", features);
        double dot = 0;
        for (int i = 0; i < features.size(); i++) {
            dot += features.value(i) * 100;
        }

        double[] logits = new double[2];
        model.logits(features, logits);

        assertThat(logits[0]).isCloseTo(-1 + 0.01 * dot, offset(1e-4));
        assertThat(logits[0]).isGreaterThan(0);
        assertThat(logits[1]).isLessThan(-1);
    }

    @Test
    @DisplayName("features the model does not know weigh nothing")
    void unknownFeatures() {
        EmotionModel model = twoLabelModel();
        FeatureBuffer features = new FeatureBuffer();
        featurizer.featurize("zebra crossing", features);

        double[] logits = new double[2];
        model.logits(features, logits);

        assertThat(logits).containsExactly(new double[] {-1, -1}, offset(1e-6));
    }

    @Test
    @DisplayName("a bias shift moves a label's 0.5 point to the shifted threshold")
    void biasShiftCalibrates() {
        EmotionModel model = twoLabelModel();
        FeatureBuffer features = new FeatureBuffer();
        featurizer.featurize("happy", features);
        double[] logits = new double[2];
        model.logits(features, logits);

        EmotionModel shifted = model.withBiasShift(new double[] {-logits[0], 0});
        double[] scores = new double[2];
        shifted.scores(features, scores);

        assertThat(scores[0]).isCloseTo(0.5, offset(1e-5));
        assertThat(scores[1]).isBetween(0.0, 0.5);
    }

    @Test
    @DisplayName("parts of the wrong sizes are refused")
    void refusesMismatchedParts() {
        assertThatThrownBy(() -> new EmotionModel(FeaturizerSettings.DEFAULT, List.of("a", "b"), new int[] {1},
                new byte[3], new float[2], new float[2]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmotionModel(FeaturizerSettings.DEFAULT, List.of("a"), new int[] {7, 7},
                new byte[2], new float[1], new float[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a model written and read back scores exactly as before")
    void roundTrip() throws IOException {
        EmotionModel model = twoLabelModel();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new EmotionModelCodec().write(model, bytes);

        EmotionModel read = new EmotionModelCodec().read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read.labels()).isEqualTo(model.labels());
        assertThat(read.settings()).isEqualTo(model.settings());
        assertThat(read.rowCount()).isEqualTo(model.rowCount());
        for (String text : List.of("happy", "sad", "happy and sad", "nothing here")) {
            FeatureBuffer features = new FeatureBuffer();
            featurizer.featurize(text, features);
            double[] before = new double[2];
            double[] after = new double[2];
            model.logits(features, before);
            read.logits(features, after);
            assertThat(after).containsExactly(before);
        }
    }

    @Test
    @DisplayName("a file that is not a model is refused with a clear error")
    void refusesOtherFiles() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("hello, I am not a model".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> new EmotionModelCodec().read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a Hearth emotion model");
    }
}
