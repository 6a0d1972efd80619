package dev.hearth.core.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a {@link Lexicon}'s phrases occur in normalised text, on word boundaries. A phrase
 * starting with {@code ^} counts only at the start of the text; {@code *} stands for one word.
 * Compiled once; thread-safe.
 */
public final class PhraseMatcher {
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    public PhraseMatcher(Lexicon lexicon) {
        lexicon.categories().forEach((name, phrases) -> patterns.put(name, compile(phrases)));
    }

    /** One occurrence of a category's phrase. */
    public record Match(String category, int start, int end) {
    }

    /** Every occurrence of every category, in category order then position. */
    public List<Match> find(String normalizedText) {
        List<Match> matches = new ArrayList<>();
        patterns.forEach((name, pattern) -> {
            Matcher m = pattern.matcher(normalizedText);
            while (m.find()) {
                matches.add(new Match(name, m.start(), m.end()));
            }
        });
        return matches;
    }

    /** The categories that occur at least once, in category order. */
    public List<String> categoriesIn(String normalizedText) {
        List<String> found = new ArrayList<>();
        patterns.forEach((name, pattern) -> {
            if (pattern.matcher(normalizedText).find()) {
                found.add(name);
            }
        });
        return found;
    }

    private static Pattern compile(List<String> phrases) {
        List<String> anchored = new ArrayList<>();
        List<String> anywhere = new ArrayList<>();
        for (String phrase : phrases) {
            String p = phrase.strip().toLowerCase(java.util.Locale.ROOT);
            if (p.startsWith("^")) {
                anchored.add(toRegex(p.substring(1)));
            } else {
                anywhere.add(toRegex(p));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!anywhere.isEmpty()) {
            parts.add("(?<![\\p{L}\\p{N}'])(?:" + String.join("|", anywhere) + ")(?![\\p{L}\\p{N}])");
        }
        if (!anchored.isEmpty()) {
            // Start of text, after any leading punctuation or an *action* in asterisks.
            parts.add("^[\\s\\p{P}]*(?:" + String.join("|", anchored) + ")(?![\\p{L}\\p{N}])");
        }
        return Pattern.compile(parts.isEmpty() ? "(?!)" : String.join("|", parts));
    }

    private static String toRegex(String phrase) {
        StringBuilder regex = new StringBuilder();
        String[] words = phrase.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("\\s+");
            }
            regex.append(words[i].equals("*") ? "[\\p{L}\\p{N}']+" : Pattern.quote(words[i]));
        }
        return regex.toString();
    }
}
