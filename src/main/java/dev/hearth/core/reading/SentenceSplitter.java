package dev.hearth.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a message into the sentences the semantic layer embeds: at sentence ends and line breaks, and
 * a run-on chat message without punctuation into pieces of at most {@value #MAX_WORDS} words. At most
 * {@value #MAX_SENTENCES} are kept (the first ones, and the last one): a very long post is still read as a
 * whole by the rules, and the budget of a turn holds.
 */
public final class SentenceSplitter {
    static final int MAX_WORDS = 40;
    static final int MAX_SENTENCES = 24;
    private static final Pattern END = Pattern.compile("(?<=[.!?;…])\\s+|\\n+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** The sentences of the text, stripped, none empty. */
    public List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String piece : END.split(text == null ? "" : text)) {
            String s = piece.strip();
            if (s.isEmpty() || s.chars().noneMatch(Character::isLetterOrDigit) && s.chars().allMatch(c -> c < 128)) {
                // "!!" or "..." alone says nothing to embed; an emoji on its own line does.
                continue;
            }
            String[] words = SPACE.split(s);
            for (int i = 0; i < words.length; i += MAX_WORDS) {
                sentences.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + MAX_WORDS))));
            }
        }
        if (sentences.size() > MAX_SENTENCES) {
            List<String> kept = new ArrayList<>(sentences.subList(0, MAX_SENTENCES - 1));
            kept.add(sentences.get(sentences.size() - 1));
            return kept;
        }
        return sentences;
    }
}
