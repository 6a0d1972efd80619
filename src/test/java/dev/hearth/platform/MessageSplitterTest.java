package dev.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    @DisplayName("a 5,000-character text splits into three pieces under 2,000 on sentence boundaries")
    void splitsOnSentences() {
        String sentence = "This is one calm sentence of about fifty characters. ";
        String text = sentence.repeat(5000 / sentence.length() + 1);
        assertThat(text.length()).isGreaterThanOrEqualTo(5000);

        List<String> pieces = new MessageSplitter(2000).split(text);

        assertThat(pieces).hasSize(3);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(2000);
            assertThat(p).endsWith(".");
        });
        assertThat(String.join(" ", pieces)).isEqualTo(text.strip());
    }

    @Test
    @DisplayName("a word longer than the limit is cut without losing characters")
    void cutsLongWords() {
        String text = "x".repeat(50);
        List<String> pieces = new MessageSplitter(20).split(text);
        assertThat(pieces).containsExactly("x".repeat(20), "x".repeat(20), "x".repeat(10));
    }

    @Test
    @DisplayName("an emoji on the boundary is never split in half")
    void keepsSurrogatePairs() {
        String text = "a".repeat(19) + "😀" + "b".repeat(5);
        List<String> pieces = new MessageSplitter(20).split(text);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
    }

    @Test
    @DisplayName("blank text gives no pieces")
    void blank() {
        assertThat(new MessageSplitter(100).split("  \n ")).isEmpty();
    }
}
