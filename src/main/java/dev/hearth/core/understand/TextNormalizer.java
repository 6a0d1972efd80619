package dev.hearth.core.understand;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into text the detectors can read: Unicode-normalised, lower case, straight
 * apostrophes, no control characters, collapsed spaces, and elongations squashed ("sooooo" to "soo").
 */
public final class TextNormalizer {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ELONGATION = Pattern.compile("(\\p{L})\\1{2,}");

    /** The normalised form of the text; empty for null. */
    public String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
        s = CONTROL.matcher(s).replaceAll(" ");
        s = ELONGATION.matcher(s).replaceAll("$1$1");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.toLowerCase(Locale.ROOT);
    }

    /** The text with control and format characters removed, case and spacing kept, for echoing back. */
    public String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replace('\u2019', '\'').replace('\u2018', '\'');
        s = CONTROL.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
