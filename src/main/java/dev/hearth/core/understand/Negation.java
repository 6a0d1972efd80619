package dev.hearth.core.understand;

import java.util.regex.Pattern;

/**
 * Tells whether a word is said as not so: "not sad", "I don't feel lonely", "no longer anxious",
 * "not alone in this", "stressed anymore" after a "not". Looks back only within the clause, so "I'm
 * not sure why, but I'm sad" still counts as sad.
 */
public final class Negation {
    private static final Pattern BEFORE = Pattern.compile(
            "(?:\\bnot\\b|\\bno longer\\b|\\bnever\\b|n't\\b|\\bnt\\b|\\bnor\\b|\\bwithout\\b|\\bhardly\\b"
                    + "|\\bstopped feeling\\b|\\bless\\b)(?:\\s+[\\p{L}']+){0,2}\\s*$");
    /** "can't stop crying", "can't help feeling": a negated verb that affirms what follows. */
    private static final Pattern AFFIRMING = Pattern.compile(
            "(?:can't|cannot|cant|couldn't|couldnt|won't|wont|don't|dont)\\s+(?:stop|help|quit)(?:\\s+[\\p{L}']+)?\\s*$");
    private static final Pattern ANYMORE_AFTER = Pattern.compile("^\\s*(?:any ?more|any longer)\\b");

    private Negation() {
    }

    /** True when the words at {@code start..end} of normalised text are negated. */
    public static boolean isNegated(String text, int start, int end) {
        String clause = clauseBefore(text, start);
        if (AFFIRMING.matcher(clause).find()) {
            return false;
        }
        return BEFORE.matcher(clause).find() || ANYMORE_AFTER.matcher(text.substring(end)).find();
    }

    /** The text of the clause that leads up to a position, so negation does not cross a comma or "but". */
    static String clauseBefore(String text, int position) {
        int start = Math.max(0, position - 40);
        String window = text.substring(start, position);
        int cut = Math.max(Math.max(window.lastIndexOf(','), window.lastIndexOf('.')),
                Math.max(window.lastIndexOf(';'), Math.max(window.lastIndexOf('!'), window.lastIndexOf('?'))));
        int but = window.lastIndexOf(" but ");
        cut = Math.max(cut, but >= 0 ? but + 4 : -1);
        return cut >= 0 ? window.substring(cut + 1) : window;
    }
}
