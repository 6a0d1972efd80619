package dev.hearth.core.understand.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.core.understand.EmotionLabels;
import dev.hearth.core.understand.EmotionScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinearEmotionClassifierTest {
    private static LinearEmotionClassifier classifier;

    @BeforeAll
    static void loadBundledModel() {
        classifier = LinearEmotionClassifier.bundled();
    }

    @Test
    @DisplayName("the bundled model loads and scores all 28 labels between 0 and 1")
    void scoresEveryLabel() {
        EmotionScores scores = classifier.classify("I finally finished the project and I'm proud of it");

        assertThat(scores.scores().keySet()).containsExactlyElementsOf(EmotionLabels.ALL);
        assertThat(scores.scores().values()).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        assertThat(classifier.model().labels()).isEqualTo(EmotionLabels.ALL);
    }

    @ParameterizedTest(name = "\"{0}\" is detected as {1}")
    @CsvSource(delimiter = '|', value = {
        "thank you so much, this helped | gratitude",
        "I'm so sad and lonely | sadness",
        "this is hilarious lol | amusement",
        "I love you so much | love",
        "I'm really scared of what happens next | fear",
        "I'm so sorry, it was my fault | remorse",
    })
    @DisplayName("clear examples are detected")
    void detectsClearExamples(String text, String label) {
        EmotionScores scores = classifier.classify(text);

        assertThat(scores.score(label)).as("score of %s", label).isGreaterThanOrEqualTo(EmotionLabels.DETECTED);
        assertThat(scores.detectedLabels()).contains(label);
    }

    @Test
    @DisplayName("a puzzled question is detected as confusion or curiosity")
    void detectsQuestions() {
        EmotionScores scores = classifier.classify("what do you mean?");

        assertThat(scores.detectedLabels()).containsAnyOf("confusion", "curiosity");
    }

    @Test
    @DisplayName("a plain statement is neutral and carries no strong emotion")
    void plainStatement() {
        EmotionScores scores = classifier.classify("The meeting is on Tuesday at the library.");

        assertThat(scores.detected("neutral")).isTrue();
        assertThat(scores.detected("grief")).isFalse();
        assertThat(scores.detected("anger")).isFalse();
    }

    @Test
    @DisplayName("empty and blank texts score neutral and nothing else")
    void emptyAndBlank() {
        for (String text : new String[] {"", "   \n\t  ", null}) {
            EmotionScores scores = classifier.classify(text);
            assertThat(scores.detectedLabels()).containsExactly("neutral");
        }
    }

    @Test
    @DisplayName("a 50 kB text and binary junk are scored without failing")
    void oddTexts() {
        String longText = "I am tired of all of this and I want it to stop. ".repeat(1100);
        Random random = new Random(7);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            junk.append((char) random.nextInt(0x10000)); // lone surrogates, controls, private use, all
        }

        for (String text : List.of(longText, junk.toString(), "\u0000\u0001\uFFFF\uD800", "😂😂😂😂😂😂")) {
            EmotionScores scores = classifier.classify(text);
            assertThat(scores.scores()).hasSize(28);
            assertThat(scores.scores().values()).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        }
        assertThat(longText.length()).isGreaterThanOrEqualTo(50_000);
    }

    @Test
    @DisplayName("the bulk scoring method agrees with classify")
    void bulkAgrees() {
        double[] out = new double[28];
        classifier.scores("this is hilarious lol", out);

        EmotionScores scores = classifier.classify("this is hilarious lol");
        for (int l = 0; l < 28; l++) {
            assertThat(out[l]).isEqualTo(scores.score(EmotionLabels.ALL.get(l)));
        }
    }

    @Test
    @DisplayName("threads classifying at once get the same scores as one thread alone")
    void threadSafe() throws Exception {
        List<String> texts = List.of("thank you so much, this helped", "I'm so sad and lonely",
                "this is hilarious lol", "what do you mean?", "ugh this makes me so angry",
                "I can't wait for the weekend!!", "I'm worried about my exam");
        List<EmotionScores> expected = texts.stream().map(classifier::classify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 500; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            if (!classifier.classify(texts.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a model without the 28 GoEmotions labels is refused")
    void refusesOtherLabels() {
        EmotionModel other = new EmotionModel(FeaturizerSettings.DEFAULT, List.of("happy", "sad"), new int[0],
                new byte[0], new float[2], new float[2]);

        assertThatThrownBy(() -> new LinearEmotionClassifier(other)).isInstanceOf(IllegalArgumentException.class);
    }
}
