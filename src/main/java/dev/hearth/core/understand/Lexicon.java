package dev.hearth.core.understand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named lists of phrases loaded from a data file ({@code understand/en/*.yaml}): feelings, topics or
 * intents, each with the words and phrases that signal it. Order is kept; the first category wins ties.
 */
public record Lexicon(Map<String, List<String>> categories) {
    public Lexicon {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        categories.forEach((name, phrases) -> copy.put(name, List.copyOf(phrases)));
        categories = java.util.Collections.unmodifiableMap(copy);
    }
}
