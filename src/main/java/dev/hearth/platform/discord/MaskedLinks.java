package dev.hearth.platform.discord;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps text from becoming a Discord masked link. Hearth may echo what a person wrote; a
 * {@code [friendly words](https://elsewhere)} in that text must show as written, never as a link whose
 * target hides behind Hearth's voice.
 */
final class MaskedLinks {

    private MaskedLinks() {
    }

    /**
     * The text with the brackets of every {@code [label](} escaped with a backslash, which Discord hides
     * when it renders. Existing escapes are respected, so {@code \\[a](b)} (an escaped backslash before a
     * real link) is caught too. Both brackets are escaped: even if a very long text is later cut between
     * a backslash and its bracket, the other escape still keeps the link from forming.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(']') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        Deque<Integer> openBrackets = new ArrayDeque<>(); // positions in out of unescaped '['
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(i + 1)); // an escape pair passes through untouched
                i++;
            } else if (c == '[') {
                openBrackets.push(out.length());
                out.append(c);
            } else if (c == ']' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
                if (!openBrackets.isEmpty()) {
                    // the most recent '[' is the last one recorded, so no recorded position shifts
                    out.insert(openBrackets.pop().intValue(), '\\');
                }
                out.append("\\]");
            } else {
                if (c == ']' && !openBrackets.isEmpty()) {
                    openBrackets.pop();
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
