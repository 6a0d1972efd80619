package dev.hearth.core.understand.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextFeaturizerTest {
    private final TextFeaturizer featurizer = new TextFeaturizer(FeaturizerSettings.DEFAULT);

    @Test
    @DisplayName("text is lower-cased")
    void lowerCases() {
        assertThat(featurizer.tokens("I Feel SO Tired")).containsExactly("i", "feel", "so", "tired");
    }

    @Test
    @DisplayName("a letter or mark repeated more than twice is squashed to two")
    void squashesElongations() {
        assertThat(featurizer.tokens("sooooo goooood!!!!!")).containsExactly("soo", "good", "!!");
        assertThat(featurizer.tokens("too good")).containsExactly("too", "good");
    }

    @Test
    @DisplayName("Reddit placeholders such as [NAME] and [RELIGION] stay one token each")
    void keepsPlaceholders() {
        assertThat(featurizer.tokens("[NAME] said [RELIGION] was fine"))
                .containsExactly("[name]", "said", "[religion]", "was", "fine");
    }

    @Test
    @DisplayName("a bracket that is not a placeholder is an ordinary mark")
    void otherBrackets() {
        assertThat(featurizer.tokens("[ok so]")).containsExactly("[", "ok", "so", "]");
    }

    @Test
    @DisplayName("each emoji is its own token, repeats squashed, skin tones and variation selectors dropped")
    void keepsEmoji() {
        assertThat(featurizer.tokens("lol😂😂😂😂")).containsExactly("lol", "😂", "😂");
        assertThat(featurizer.tokens("nice 👍🏽 ❤️")).containsExactly("nice", "👍", "❤");
    }

    @Test
    @DisplayName("curly apostrophes become straight ones and stay inside words; quotes are dropped")
    void apostrophesAndQuotes() {
        assertThat(featurizer.tokens("I’m “fine” don't 'really'"))
                .containsExactly("i'm", "fine", "don't", "really");
    }

    @Test
    @DisplayName("digits all become 0, so numbers share features (and long ones squash like any repeat)")
    void foldsDigits() {
        assertThat(featurizer.tokens("24/7 and 365")).containsExactly("00", "/", "0", "and", "00");
    }

    @Test
    @DisplayName("control characters, Braille art and line breaks separate tokens")
    void separators() {
        assertThat(featurizer.tokens("a\u0000b\u2800\u28FFc\nd\te")).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    @DisplayName("each of the two feature blocks has unit length, so the whole vector's squared length is 2")
    void normalisesBlocks() {
        FeatureBuffer buffer = new FeatureBuffer();

        featurizer.featurize("I am so so so sad today, really sad", buffer);

        double squares = 0;
        for (int i = 0; i < buffer.size(); i++) {
            squares += buffer.value(i) * buffer.value(i);
        }
        assertThat(buffer.size()).isGreaterThan(20);
        assertThat(squares).isCloseTo(2.0, offset(1e-4));
    }

    @Test
    @DisplayName("case and elongation do not change the features")
    void sameFeaturesForVariants() {
        assertThat(features("SOOOOO happy")).isEqualTo(features("soo happy"));
        assertThat(features("Thank you")).isNotEqualTo(features("thank me"));
    }

    @Test
    @DisplayName("a blank or empty text gives no features")
    void blankGivesNothing() {
        FeatureBuffer buffer = new FeatureBuffer();
        featurizer.featurize("   \n\t ", buffer);
        assertThat(buffer.size()).isZero();
        featurizer.featurize("", buffer);
        assertThat(buffer.size()).isZero();
        featurizer.featurize(null, buffer);
        assertThat(buffer.size()).isZero();
    }

    @Test
    @DisplayName("only the first maxChars characters are read")
    void readsAPrefix() {
        TextFeaturizer short20 = new TextFeaturizer(new FeaturizerSettings(2, 5, 20));
        String prefix = "i am fine thank you ";

        assertThat(short20.tokens(prefix + "but not really")).isEqualTo(short20.tokens(prefix));
    }

    @Test
    @DisplayName("a reused buffer gives the same features as a fresh one")
    void reusedBuffer() {
        FeatureBuffer reused = new FeatureBuffer();
        featurizer.featurize("a much longer message that fills the buffer with many features first", reused);
        featurizer.featurize("hello there", reused);

        assertThat(toMap(reused)).isEqualTo(features("hello there"));
    }

    private Map<Integer, Float> features(String text) {
        FeatureBuffer buffer = new FeatureBuffer();
        featurizer.featurize(text, buffer);
        return toMap(buffer);
    }

    private static Map<Integer, Float> toMap(FeatureBuffer buffer) {
        Map<Integer, Float> map = new HashMap<>();
        for (int i = 0; i < buffer.size(); i++) {
            map.merge(buffer.key(i), buffer.value(i), Float::sum);
        }
        return map;
    }
}
