package dev.hearth.core.safety;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the answer to the question acute crisis care always asks, "Are you safe right now?". A short
 * "no", "not really", "I don't know" or "I'm not" means the person is not safe: that is acute, whatever
 * the rules make of the words alone, and it must not be taken for a brush-off. "No, I'm not going to do
 * anything" or "no, I'm okay" answer a different worry and are not. Stateless and thread-safe.
 */
public final class SafetyAnswer {
    /** The reason given to an assessment made from such an answer. */
    public static final String NOT_SAFE = "answer.not-safe";
    /** The reason given when, asked how heavy it is after concern care, the answer is that it is unbearable. */
    public static final String UNBEARABLE = "answer.unbearable";
    /** The reason given when, asked directly about thoughts of suicide, the answer is yes. */
    public static final String THOUGHTS = "answer.thoughts";

    private static final int MOST_WORDS = 12;
    private static final Pattern NOT_SAFE_START = Pattern.compile(
            "^(?:(?:honestly|tbh|um+|uh+|well|i mean|i guess)[ ,.]*)?"
                    + "(?:no+|nope|nah|na|not really|not at all|not safe|not exactly|not right now|not sure|"
                    + "no i(?: a|')?m not|i(?: a|')?m not(?: safe)?|i am not(?: safe)?|i do ?n[o']?t know|idk|"
                    + "i(?: a|')?m not sure|maybe not|probably not|i do ?n[o']?t think so|i do ?n[o']?t feel safe)\\b");
    private static final Pattern REASSURED = Pattern.compile(
            "\\b(?:i(?: a|')?m (?:safe|ok|okay|fine|alright|all right|good)|i am (?:safe|ok|okay|fine|alright|good)|"
                    + "not (?:going to|gonna) (?:do|hurt|act)|would ?n[o']?t (?:do|act)|wo ?n[o']?t (?:do|act)|"
                    + "i(?: a|')?m not (?:going to|gonna|in danger|suicidal|at risk|planning)|i am not (?:going to|in danger|suicidal|at risk|planning)|"
                    + "no (?:plan|plans)|not in danger|do ?n[o']?t worry|not like that)\\b");

    private static final Pattern UNBEARABLE_ANSWER = Pattern.compile(
            "\\b(?:unbearable|too much|more than i can (?:take|bear|handle)|(?:can ?not|can'?t) (?:take|bear|handle|cope with) "
                    + "(?:it|this|much more|any more|anymore)|(?:really|very|so|super|extremely|incredibly|unbelievably) heavy|"
                    + "heavier than ever|the worst it(?:'s| has| is) (?:ever )?been|10 ?/ ?10|10 out of 10|crushing me|drowning)\\b");

    private static final Pattern YES_START = Pattern.compile(
            "^(?:(?:honestly|tbh|um+|uh+|well|i mean)[ ,.]*)?"
                    + "(?:yes|yeah|yea|yep|yup|ya|sometimes|kind of|kinda|a bit|a little|i think so|maybe|probably|"
                    + "i am|i have been|i do|all the time|constantly|every day|a lot)\\b");

    /**
     * True when the text, read as the answer to concern care's "how heavy is it right now?", says it is
     * unbearable: then Hearth asks directly about suicide, as a person trained in crisis support would.
     */
    public boolean saysUnbearable(String text) {
        String folded = shortAnswer(text);
        return UNBEARABLE_ANSWER.matcher(folded).find() && !REASSURED.matcher(folded).find();
    }

    /** True when the text, read as the answer to "are you having thoughts of suicide?", says yes. */
    public boolean saysYes(String text) {
        return YES_START.matcher(shortAnswer(text)).find();
    }

    /** True when the text, read as the answer to "Are you safe right now?", says the person is not safe. */
    public boolean saysNotSafe(String text) {
        String folded = shortAnswer(text);
        return NOT_SAFE_START.matcher(folded).find() && !REASSURED.matcher(folded).find();
    }

    /** The text lower-cased with single spaces; empty when blank or too long to be a short answer. */
    private static String shortAnswer(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String folded = text.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        return folded.split(" ").length > MOST_WORDS ? "" : folded;
    }
}
