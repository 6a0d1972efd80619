package dev.hearth.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordPhrasesTest {

    @Test
    @DisplayName("the phrase file gives every key the adapter uses at least three short variants")
    void everyKeyHasVariants() {
        DiscordPhrases phrases = DiscordPhrases.load(new SplittableRandom(1));

        assertThat(DiscordPhrases.KEYS).allSatisfy(key -> assertThat(phrases.variants(key))
                .as(key)
                .hasSizeGreaterThanOrEqualTo(3)
                .doesNotHaveDuplicates()
                .allSatisfy(v -> assertThat(v).isNotBlank().hasSizeLessThan(300).doesNotContain("@").doesNotContain("{")));
    }

    @Test
    @DisplayName("picking returns variants of the key and, over time, more than one of them")
    void picksVariants() {
        DiscordPhrases phrases = DiscordPhrases.load(new SplittableRandom(3));

        List<String> picked = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> phrases.pick(DiscordPhrases.DM_CLOSED)).toList();

        assertThat(picked).allSatisfy(p -> assertThat(p).isIn(phrases.variants(DiscordPhrases.DM_CLOSED)));
        assertThat(picked.stream().distinct().count()).isGreaterThan(1);
    }

    @Test
    @DisplayName("a phrase file missing a key the adapter needs is refused at start-up")
    void missingKey() {
        assertThatThrownBy(() -> new DiscordPhrases(Map.of(DiscordPhrases.ERROR, List.of("x")), new SplittableRandom()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("discord.");
    }
}
