package dev.hearth.core.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds where a {@link Lexicon}'s phrases occur in normalised text, whole words only. A phrase
 * starting with {@code ^} counts only at the start of the text (after leading punctuation);
 * {@code *} stands for any one word.
 *
 * <p>The text is cut into tokens once (words, and each other visible character on its own, so emoji
 * and ":(" work) and phrases are looked up by their first token, so a message costs one pass however
 * large the lexicon. Built once; thread-safe.
 */
public final class PhraseMatcher {
    private static final String ANY_WORD = "*";

    private record Phrase(String category, String[] tokens, boolean anchored) {
    }

    private final Map<String, List<Phrase>> byFirstToken = new HashMap<>();
    private final List<Phrase> wildcardFirst = new ArrayList<>();
    private final List<String> categoryOrder = new ArrayList<>();

    public PhraseMatcher(Lexicon lexicon) {
        lexicon.categories().forEach((name, phrases) -> {
            categoryOrder.add(name);
            for (String raw : phrases) {
                String p = raw.strip().toLowerCase(Locale.ROOT);
                boolean anchored = p.startsWith("^");
                Tokens tokens = Tokens.of(anchored ? p.substring(1) : p);
                if (tokens.size() == 0) {
                    continue;
                }
                Phrase phrase = new Phrase(name, tokens.array(), anchored);
                if (phrase.tokens()[0].equals(ANY_WORD)) {
                    wildcardFirst.add(phrase);
                } else {
                    byFirstToken.computeIfAbsent(phrase.tokens()[0], k -> new ArrayList<>()).add(phrase);
                }
            }
        });
    }

    /** One occurrence of a category's phrase, as character offsets in the text. */
    public record Match(String category, int start, int end) {
    }

    /** Every occurrence of every category, in category order then position. */
    public List<Match> find(String normalizedText) {
        Tokens tokens = Tokens.of(normalizedText);
        int firstWord = tokens.firstWordIndex();
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Phrase> candidates = byFirstToken.get(tokens.text(i));
            if (candidates != null) {
                collect(candidates, tokens, i, firstWord, matches);
            }
            if (!wildcardFirst.isEmpty() && tokens.isWord(i)) {
                collect(wildcardFirst, tokens, i, firstWord, matches);
            }
        }
        matches.sort((a, b) -> {
            int byCategory = Integer.compare(categoryOrder.indexOf(a.category()), categoryOrder.indexOf(b.category()));
            return byCategory != 0 ? byCategory : Integer.compare(a.start(), b.start());
        });
        return matches;
    }

    /** The categories that occur at least once, in category order. */
    public List<String> categoriesIn(String normalizedText) {
        Set<String> found = new LinkedHashSet<>();
        for (Match match : find(normalizedText)) {
            found.add(match.category());
        }
        return new ArrayList<>(found);
    }

    private static void collect(List<Phrase> candidates, Tokens tokens, int at, int firstWord, List<Match> out) {
        for (Phrase phrase : candidates) {
            if (phrase.anchored() && at != firstWord) {
                continue;
            }
            int length = phrase.tokens().length;
            if (at + length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < length && all; k++) {
                String want = phrase.tokens()[k];
                all = want.equals(ANY_WORD) ? tokens.isWord(at + k) : want.equals(tokens.text(at + k));
            }
            if (all) {
                out.add(new Match(phrase.category(), tokens.start(at), tokens.end(at + length - 1)));
            }
        }
    }

    /** Text cut into words ({@code [letters, digits, ']+}) and single other visible characters. */
    private record Tokens(List<String> texts, int[] starts, int[] ends) {
        static Tokens of(String text) {
            List<String> texts = new ArrayList<>();
            int[] starts = new int[text.length() + 1];
            int[] ends = new int[text.length() + 1];
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                if (Character.isWhitespace(cp) || cp == 0xFE0F || cp == 0x200D) {
                    i += width;
                    continue;
                }
                int start = i;
                if (isWordChar(cp)) {
                    while (i < text.length() && isWordChar(text.codePointAt(i))) {
                        i += Character.charCount(text.codePointAt(i));
                    }
                } else {
                    i += width;
                }
                starts[texts.size()] = start;
                ends[texts.size()] = i;
                texts.add(text.substring(start, i));
            }
            return new Tokens(texts, starts, ends);
        }

        private static boolean isWordChar(int cp) {
            return Character.isLetterOrDigit(cp) || cp == '\'' || Character.getType(cp) == Character.NON_SPACING_MARK;
        }

        int size() {
            return texts.size();
        }

        String text(int i) {
            return texts.get(i);
        }

        String[] array() {
            return texts.toArray(String[]::new);
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return ends[i];
        }

        boolean isWord(int i) {
            return isWordChar(texts.get(i).codePointAt(0));
        }

        int firstWordIndex() {
            for (int i = 0; i < size(); i++) {
                if (isWord(i)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
