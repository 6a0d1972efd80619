package dev.hearth.core.understand;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a name the person gives for themselves: "my name is Sam", "call me Sam", "I'm Sam, by the way". */
public final class NameExtractor {
    private static final Pattern NAME = Pattern.compile(
            "(?:\\bmy name is|\\bmy name's|(?:^|[.!?,]\\s*|\\byou can |\\bjust |\\bplease )call me|\\bi go by|"
                    + "^\\s*name's)\\s+([\\p{L}][\\p{L}'-]{0,30})\\s*(?:[.!,]|$|\\s+(?:by the way|btw|please|and|but))",
            Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "not", "a", "the", "just", "whatever", "anything", "nothing", "crazy", "stupid", "dumb", "weird", "that",
            "this", "it", "lazy", "names", "useless", "worthless", "pathetic", "ugly", "fat", "idiot", "loser",
            "weak", "selfish", "dramatic", "sensitive", "sad", "tired", "fine", "okay", "ok", "back", "later",
            "anytime", "when", "if", "what", "whenever", "tomorrow", "tonight", "soon", "now");

    /** The name, capitalised, if the text gives one. */
    public Optional<String> extract(String cleanedText) {
        Matcher m = NAME.matcher(cleanedText);
        if (!m.find()) {
            return Optional.empty();
        }
        String raw = m.group(1);
        if (NOT_NAMES.contains(raw.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(Character.toUpperCase(raw.charAt(0)) + raw.substring(1));
    }
}
