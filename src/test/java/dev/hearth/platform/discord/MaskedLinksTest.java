package dev.hearth.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaskedLinksTest {
    // A masked link as Discord reads it: an unescaped '[', a label, an unescaped "](".
    private static final Pattern LIVE_LINK = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\[[^\\]]*(?<!\\\\)\\]\\(");

    @ParameterizedTest
    @ValueSource(strings = {
            "[free help](https://evil.example)",
            "look [here](<https://evil.example>) now",
            "\\\\[double escaped](https://evil.example)",
            "[[nested](https://a.example)](https://b.example)",
            "two [a](https://a.example) and [b](https://b.example)"})
    @DisplayName("a masked link in echoed text no longer forms a link")
    void escapesMaskedLinks(String text) {
        assertThat(LIVE_LINK.matcher(text).find()).as("the input is a live link").isTrue();

        String escaped = MaskedLinks.escape(text);

        assertThat(LIVE_LINK.matcher(escaped).find()).as(escaped).isFalse();
        assertThat(escaped.replace("\\", "")).isEqualTo(text.replace("\\", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I feel [kind of] low today", "a (b) c", "no brackets at all", "[] ()"})
    @DisplayName("text without a masked link is left exactly as written")
    void leavesOtherTextAlone(String text) {
        assertThat(MaskedLinks.escape(text)).isEqualTo(text);
    }

    @Test
    @DisplayName("both brackets are escaped, so cutting between one escape and its bracket keeps it safe")
    void escapesBothBrackets() {
        assertThat(MaskedLinks.escape("[x](https://e.example)")).isEqualTo("\\[x\\](https://e.example)");
    }
}
