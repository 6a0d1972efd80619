package dev.hearth.core.understand;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a person's words toward them, so Hearth can say them back: "my work has been so stressful"
 * becomes "your work has been so stressful", "I'm struggling" becomes "you're struggling". The second
 * person is left as it is: in venting it is mostly the generic you. Leading
 * fillers ("I guess", "just", "and") and trailing punctuation are dropped; mention and link syntax is
 * removed so an echo can never ping anyone or hide a link.
 */
public final class Reflector {
    private static final Map<String, String> SWAPS = Map.ofEntries(
            Map.entry("i", "you"), Map.entry("me", "you"), Map.entry("my", "your"), Map.entry("mine", "yours"),
            Map.entry("myself", "yourself"), Map.entry("i'm", "you're"), Map.entry("im", "you're"),
            Map.entry("i've", "you've"), Map.entry("ive", "you've"), Map.entry("i'd", "you'd"),
            Map.entry("i'll", "you'll"),
            Map.entry("we", "you"),
            Map.entry("our", "your"), Map.entry("ourselves", "yourselves"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+|[^\\p{L}']+");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:(?:i guess|i mean|honestly|basically|like|well|so|and|but|just|ugh|urgh|argh|sigh|meh|hmm+|lol|omg|"
                    + "also|then|oh|um|uh|anyway|yeah|okay|ok)\\b[,\\s]*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_LAUGH = Pattern.compile(
            "(?i)(?:[\\s,]+(?:lol|lmao|lmfao|haha+|hehe+|rofl|xd|:\\)|:\\(|tbh|idk|ngl))+[\\s\\p{Punct}]*$");
    private static final Pattern UNSAFE = Pattern.compile(
            "@(?:everyone|here)|<[@#][!&]?\\d+>|\\[([^\\]]*)]\\([^)]*\\)|https?://\\S+|[*_`~|>]+");

    /** The clause turned toward the person, without leading fillers or trailing punctuation. */
    public String reflect(String clause) {
        String safe = UNSAFE.matcher(clause).replaceAll(" ").strip();
        safe = LEADING_FILLER.matcher(safe).replaceAll("");
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(safe);
        String previous = "";
        while (m.find()) {
            String token = m.group();
            String lower = token.toLowerCase(Locale.ROOT);
            String swapped = SWAPS.get(lower);
            if (lower.equals("was") && previous.equals("i")) {
                swapped = "were";
            } else if (lower.equals("am") && previous.equals("i")) {
                swapped = "are"; // "I am" only: "5 am" stays a time
            } else if (lower.equals("us") && !token.equals("US")) {
                swapped = "you"; // "the US" stays a country
            }
            // "you" stays: in venting it is mostly the generic you ("you just feel like nobody cares").
            out.append(swapped != null ? swapped : token);
            if (Character.isLetter(token.charAt(0)) || token.charAt(0) == '\'') {
                previous = lower;
            }
        }
        String result = out.toString().replaceAll("\\s+", " ").strip();
        result = TRAILING_LAUGH.matcher(result).replaceAll("");
        result = result.replaceAll("[\\s\\p{Punct}]+$", "");
        return result;
    }
}
