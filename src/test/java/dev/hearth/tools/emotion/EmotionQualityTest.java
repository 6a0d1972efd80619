package dev.hearth.tools.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.understand.EmotionLabels;
import dev.hearth.core.understand.emotion.LinearEmotionClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundled model against the GoEmotions dev split (Demszky et al., ACL 2020), copied under
 * {@code src/test/resources/goemotions}; the model never saw it in training or threshold tuning.
 */
class EmotionQualityTest {

    @Test
    @DisplayName("the bundled model reaches macro-F1 0.45 over 28 labels and 0.56 over Ekman groups on dev")
    void meetsTargetsOnDev() throws IOException {
        List<GoEmotionsData.Example> dev;
        EkmanGroups ekman;
        try (InputStream data = getClass().getResourceAsStream("/goemotions/dev.tsv");
                InputStream mapping = getClass().getResourceAsStream("/goemotions/ekman_mapping.json")) {
            dev = GoEmotionsData.read(data, "dev.tsv");
            ekman = EkmanGroups.read(mapping);
        }

        EmotionEvaluation.Report report = new EmotionEvaluation(ekman)
                .evaluate(LinearEmotionClassifier.bundled(), dev, Duration.ZERO);

        assertThat(report.messages()).isEqualTo(5426);
        assertThat(report.labelF1()).containsOnlyKeys(EmotionLabels.ALL);
        assertThat(report.macroF1()).isGreaterThanOrEqualTo(0.45);
        assertThat(report.ekmanMacroF1()).isGreaterThanOrEqualTo(0.56);
        assertThat(report.messagesPerSecond()).isEmpty();
    }
}
