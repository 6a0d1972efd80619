package dev.hearth.core.respond;

import java.util.Map;

/**
 * Picks one phrasing for a key from the phrase files ({@code src/main/resources/phrases/en/*.yaml}),
 * avoiding what this person heard recently, and fills its {@code {slots}} from the given values.
 */
public interface PhraseChooser {
    /**
     * One filled phrasing for the key. A slot with no value is left out cleanly by choosing a variant
     * that does not need it where one exists.
     *
     * @throws IllegalArgumentException if no phrase file defines the key
     */
    String choose(String key, Map<String, String> slots);

    /** One filled phrasing for a key that needs no slots. */
    default String choose(String key) {
        return choose(key, Map.of());
    }
}
