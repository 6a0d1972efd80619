package dev.hearth.core.safety;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One normalised sentence: its tokens, the same tokens joined by single spaces (what the rules run
 * on), where each token starts in that text, and for each token the index of the quote mark that
 * opened the quotation it stands in (-1 outside quotes).
 */
final class Sentence {
    private final String[] tokens;
    private final int[] starts;
    private final int[] quoteOpen;
    private final int[] quoteClose;
    private final String text;
    private final Set<String> words;

    Sentence(List<String> tokens, int[] quoteOpen, int[] quoteClose) {
        this.tokens = tokens.toArray(String[]::new);
        this.quoteOpen = quoteOpen.clone();
        this.quoteClose = quoteClose.clone();
        this.starts = new int[this.tokens.length];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < this.tokens.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            starts[i] = sb.length();
            sb.append(this.tokens[i]);
        }
        this.text = sb.toString();
        this.words = new HashSet<>(tokens);
    }

    /** True when the sentence holds any of these words. */
    boolean hasAny(Set<String> candidates) {
        if (candidates.size() < words.size()) {
            for (String c : candidates) {
                if (words.contains(c)) {
                    return true;
                }
            }
            return false;
        }
        for (String w : words) {
            if (candidates.contains(w)) {
                return true;
            }
        }
        return false;
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.length;
    }

    String token(int i) {
        return tokens[i];
    }

    /** The index of the token that holds this character offset of {@link #text()}. */
    int tokenAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** The character offset where a token starts. */
    int start(int token) {
        return starts[token];
    }

    /** The index of the opening quote mark of the quotation holding this token, or -1. */
    int quoteOpen(int token) {
        return quoteOpen[token];
    }

    /** The index of the closing quote mark of the quotation holding this token, or -1. */
    int quoteClose(int token) {
        return quoteClose[token];
    }

    @Override
    public String toString() {
        return text;
    }
}
