package dev.hearth.platform;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into messages of at most a platform's limit (Discord 2,000, Telegram 4,096 characters),
 * on sentence boundaries where it can, then on spaces, and only as a last resort inside a word. Never
 * splits a surrogate pair.
 */
public final class MessageSplitter {
    private final int limit;

    public MessageSplitter(int limit) {
        if (limit < 16) {
            throw new IllegalArgumentException("limit too small: " + limit);
        }
        this.limit = limit;
    }

    /** The pieces, each non-blank and at most the limit long; an empty list for blank text. */
    public List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return pieces;
        }
        StringBuilder current = new StringBuilder();
        for (String sentence : sentences(text)) {
            if (current.length() + sentence.length() <= limit) {
                current.append(sentence);
                continue;
            }
            flush(current, pieces);
            if (sentence.length() <= limit) {
                current.append(sentence);
            } else {
                splitLongSentence(sentence, pieces);
            }
        }
        flush(current, pieces);
        return pieces;
    }

    private static List<String> sentences(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            sentences.add(text.substring(start, end));
        }
        return sentences;
    }

    private void splitLongSentence(String sentence, List<String> pieces) {
        int start = 0;
        while (sentence.length() - start > limit) {
            int end = start + limit;
            int space = sentence.lastIndexOf(' ', end - 1);
            if (space > start) {
                end = space + 1;
            } else if (Character.isLowSurrogate(sentence.charAt(end))) {
                end--; // keep the pair together
            }
            addPiece(sentence.substring(start, end), pieces);
            start = end;
        }
        addPiece(sentence.substring(start), pieces);
    }

    private static void flush(StringBuilder current, List<String> pieces) {
        addPiece(current.toString(), pieces);
        current.setLength(0);
    }

    private static void addPiece(String piece, List<String> pieces) {
        String trimmed = piece.strip();
        if (!trimmed.isEmpty()) {
            pieces.add(trimmed);
        }
    }
}
