package dev.hearth.tools.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.hearth.core.understand.EmotionClassifier;
import dev.hearth.core.understand.EmotionLabels;
import dev.hearth.core.understand.EmotionScores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmotionEvaluationTest {
    private static final String MAPPING = """
            {"anger": ["anger", "annoyance", "disapproval"], "disgust": ["disgust"],
             "fear": ["fear", "nervousness"],
             "joy": ["joy", "amusement", "approval", "excitement", "gratitude", "love", "optimism", "relief",
                     "pride", "admiration", "desire", "caring"],
             "sadness": ["sadness", "disappointment", "embarrassment", "grief", "remorse"],
             "surprise": ["surprise", "realization", "confusion", "curiosity"]}
            """;

    private static EkmanGroups ekman() throws IOException {
        return EkmanGroups.read(new ByteArrayInputStream(MAPPING.getBytes(StandardCharsets.UTF_8)));
    }

    private static GoEmotionsData.Example example(String text, String... labels) {
        int[] ids = Arrays.stream(labels).mapToInt(EmotionLabels.ALL::indexOf).sorted().toArray();
        return new GoEmotionsData.Example(text, ids, "");
    }

    /** Detects exactly the labels named in the text, separated by spaces. */
    private static final EmotionClassifier NAMES_IN_TEXT = text -> {
        List<String> words = List.of(text.split(" "));
        return new EmotionScores(Map.ofEntries(EmotionLabels.ALL.stream()
                .map(label -> Map.entry(label, words.contains(label) ? 0.9 : 0.1))
                .toArray(Map.Entry[]::new)));
    };

    @Test
    @DisplayName("a classifier that is always right scores F1 1 everywhere it can")
    void perfect() throws IOException {
        List<GoEmotionsData.Example> examples = List.of(
                example("joy", "joy"), example("anger grief", "anger", "grief"), example("neutral", "neutral"));

        EmotionEvaluation.Report report = new EmotionEvaluation(ekman()).evaluate(NAMES_IN_TEXT, examples,
                Duration.ZERO);

        assertThat(report.labelF1()).containsEntry("joy", 1.0).containsEntry("grief", 1.0)
                .containsEntry("admiration", 0.0);
        assertThat(report.ekmanF1()).containsEntry("joy", 1.0).containsEntry("sadness", 1.0)
                .containsEntry("neutral", 1.0).containsEntry("fear", 0.0);
        assertThat(report.macroF1()).isCloseTo(4.0 / 28, offset(1e-9));
        assertThat(report.ekmanMacroF1()).isCloseTo(4.0 / 7, offset(1e-9));
    }

    @Test
    @DisplayName("a wrong label in the right Ekman group is a label miss but a group hit")
    void groupHit() throws IOException {
        // Predicted amusement, gold joy: both in the joy group.
        List<GoEmotionsData.Example> examples = List.of(example("amusement", "joy"));

        EmotionEvaluation.Report report = new EmotionEvaluation(ekman()).evaluate(NAMES_IN_TEXT, examples,
                Duration.ZERO);

        assertThat(report.labelF1()).containsEntry("joy", 0.0).containsEntry("amusement", 0.0);
        assertThat(report.ekmanF1()).containsEntry("joy", 1.0);
    }

    @Test
    @DisplayName("F1 counts false positives and false negatives")
    void f1Arithmetic() throws IOException {
        // joy: 1 true positive, 1 false positive (text says joy, gold fear), 1 false negative.
        List<GoEmotionsData.Example> examples = List.of(
                example("joy", "joy"), example("joy", "fear"), example("nothing", "joy"));

        EmotionEvaluation.Report report = new EmotionEvaluation(ekman()).evaluate(NAMES_IN_TEXT, examples,
                Duration.ZERO);

        assertThat(report.labelF1().get("joy")).isCloseTo(2.0 / 4, offset(1e-9));
    }

    @Test
    @DisplayName("throughput is measured only when asked for, and is positive")
    void throughput() throws IOException {
        List<GoEmotionsData.Example> examples = List.of(example("joy", "joy"));
        EmotionEvaluation evaluation = new EmotionEvaluation(ekman());

        assertThat(evaluation.evaluate(NAMES_IN_TEXT, examples, Duration.ZERO).messagesPerSecond()).isEmpty();
        OptionalDouble rate = evaluation.evaluate(NAMES_IN_TEXT, examples, Duration.ofMillis(20))
                .messagesPerSecond();
        assertThat(rate).isPresent();
        assertThat(rate.getAsDouble()).isPositive();
    }

    @Test
    @DisplayName("the Ekman mapping puts every label in exactly one of seven groups")
    void ekmanGroups() throws IOException {
        EkmanGroups groups = ekman();

        assertThat(groups.names()).containsExactly("anger", "disgust", "fear", "joy", "sadness", "surprise",
                "neutral");
        assertThat(groups.groupOf(EmotionLabels.ALL.indexOf("gratitude"))).isEqualTo(3);
        assertThat(groups.groupOf(EmotionLabels.ALL.indexOf("neutral"))).isEqualTo(6);
    }
}
