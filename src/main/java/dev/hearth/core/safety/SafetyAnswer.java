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
    /** The reason given when, after acute care, the person says their body is hurt now (bleeding, dizzy). */
    public static final String HURT_NOW = "answer.hurt-now";
    /** The reason given when someone helping a person at risk asks what to do. */
    public static final String HELPER_ASKS = "answer.helper-asks";
    /** The reason given when someone helping says the person at risk cannot be reached or is acting now. */
    public static final String OTHER_NOW = "answer.other-now";

    private static final int MOST_WORDS = 12;
    private static final Pattern NOT_SAFE_START = Pattern.compile(
            "^(?:(?:honestly|tbh|um+|uh+|well|i mean|i guess)[ ,.]*)?"
                    + "(?:no+(?! (?:idea|problem|problems|worries|clue|one|way|thanks|thank))|n|nope|nah|na|not really|not rly|not at all|not safe|not exactly|not right now|not at the moment|"
                    + "not sure|kinda|kind of|i dunno|dunno|"
                    + "no i(?: a|')?m not|i(?: a|')?m not(?: safe)?|i am not(?: safe)?|i do ?n[o']?t know|idk|"
                    + "i(?: a|')?m not sure|maybe not|probably not|i do ?n[o']?t think so|i do ?n[o']?t feel safe)\\b");
    private static final Pattern REASSURED = Pattern.compile(
            "\\b(?:i(?: a|')?m (?:safe|ok|okay|fine|alright|all right|good)|i am (?:safe|ok|okay|fine|alright|good)|"
                    + "not (?:going to|gonna) (?:do|hurt|act|try)|would ?n[o']?t (?:do|act)|wo ?n[o']?t (?:do|act)|"
                    + "i(?: a|')?m not (?:in danger|suicidal|at risk|planning)|i am not (?:in danger|suicidal|at risk|planning)|"
                    + "no (?:plan|plans)|not in danger|not like that|no thanks|no thank you|what (?:do )?you mean)\\b");
    /** Doubt about being safe ("not sure I'm safe") says nothing reassuring; it is taken out before the check. */
    private static final Pattern DOUBT = Pattern.compile(
            "\\b(?:not sure|unsure|do ?n[o']?t know|dunno|idk)(?: if| whether)? i(?: a|')?m (?:safe|ok|okay|fine|alright|going to be (?:safe|ok|okay))");

    private static final Pattern UNBEARABLE_ANSWER = Pattern.compile(
            "\\b(?:unbearable|too much|more than i can (?:take|bear|handle)|(?:can ?not|can'?t) (?:take|bear|handle|cope with) "
                    + "(?:it|this|much more|any more|anymore)|(?:really|very|so|super|extremely|incredibly|unbelievably) heavy|"
                    + "heavier than ever|the worst it(?:'s| has| is) (?:ever )?been|10 ?/ ?10|10 out of 10|crushing me|drowning)\\b");

    private static final Pattern YES_START = Pattern.compile(
            "^(?:(?:honestly|tbh|um+|uh+|well|i mean)[ ,.]*)?"
                    + "(?:yes|yeah|yea|yep|yup|ya|sometimes|kind of|kinda|a bit|a little|i think so|i guess(?: so)?|maybe|"
                    + "probably|i am|i have been|i have|i do|all the time|constantly|every day|a lot|idk|i do ?n'?t know|"
                    + "not sure|i think about it)\\b(?! not\\b)");

    private static final Pattern HELPER_ASKS_PATTERN = Pattern.compile(
            "\\b(?:what (?:should|do|can|could) i (?:do|say|tell)|how (?:do|can|should) i (?:help|talk|approach|reach|support)|"
                    + "what do i do|should i (?:call|tell|text|go)|how to help|any advice|what now|help me help|"
                    + "(?:idk|i do ?n'?t know|no idea) what to (?:do|say))\\b");
    private static final Pattern OTHER_NOW_PATTERN = Pattern.compile(
            "\\b(?:(?:she|he|they)(?:'s| is| has| was)? (?:not |still not |stopped |is ?n'?t |has ?n'?t |wo ?n'?t |does ?n'?t )"
                    + "(?:answering|responding|replying|picking up|answered|responded|replied|answer|respond|reply|pick up)|"
                    + "(?:can ?not|can'?t|could ?n[o']?t) (?:reach|get hold of|get through to|find) (?:her|him|them)|"
                    + "(?:her|his|their) phone (?:is|went) (?:off|dead|straight to voicemail)|went (?:offline|quiet|silent|dark)|"
                    + "(?:said|texted|sent|posted) (?:me )?(?:goodbye|a goodbye|bye forever)|"
                    + "(?:took|swallowed|has taken|is taking) (?:a lot of |all (?:her|his|their) |the |some )?(?:pills|tablets|meds|something)|"
                    + "locked (?:herself|himself|themselves) in|(?:she|he|they)(?:'s| is|'re| are| was) (?:on|at) the (?:bridge|roof|edge|tracks|cliff|river)|"
                    + "should i call (?:911|999|112|000|an ambulance|the police|emergency|emergency services))\\b");

    private static final Pattern HURT_NOW_PATTERN = Pattern.compile(
            "(?<!not )(?<!no )(?<!n't )\\b(?:bleeding|blood(?:'s| is)? everywhere|there'?s blood|there is (?:a lot of |so much )?blood|"
                    + "a lot of blood|(?:already )?(?:took|swallowed|taken) (?:them|it|all of them|the lot)|i already took|cannot breathe|(?:wo|would|does|will) ?n[o']?t stop bleeding|dizzy|faint|fainting|"
                    + "passing out|pass out|blacking out|black out|ca ?n'?t breathe|can not breathe|hard to breathe|"
                    + "throwing up|vomiting|being sick|so sleepy|so drowsy|drowsy|ca ?n'?t stay awake|can not stay awake|"
                    + "heart (?:is )?racing|chest (?:hurts|pain)|everything is spinning|room is spinning|"
                    + "ca ?n'?t feel my|numb all over|it'?s deep|too deep|feel (?:really )?(?:weird|strange|sick))\\b");

    private static final Pattern MEANS_NEAR_PATTERN = Pattern.compile(
            "(?<!not )(?<!n't )\\b(?:have everything i need|(?:no one|nobody) (?:is going to|will|would) find me|"
                    + "(?:i(?: a|')?m|i am|standing|sitting|already|just got|currently) (?:at|on|by|near|under) the "
                    + "(?:bridge|roof|rooftop|ledge|edge|tracks|train tracks|platform|cliff|river|lake|sea|overpass|parking garage|car park)|"
                    + "(?:i )?(?:have|got|holding) (?:the |my |a )?(?:pills|tablets|rope|noose|gun|knife|blade|razor)(?: (?:here|with me|ready|in my hand|next to me|in front of me))?|"
                    + "(?:the |my )?(?:pills|tablets|rope|gun|knife|blade|razor) (?:is|are) (?:here|right here|with me|next to me|in front of me|ready))\\b");

    /** True when, after acute care, the person says they are at a height or have the means with them. */
    public boolean saysMeansNear(String text) {
        return MEANS_NEAR_PATTERN.matcher(shortAnswer(text)).find();
    }

    /** True when, after acute care, the person says their body is being harmed now: medical help first. */
    public boolean saysHurtNow(String text) {
        return HURT_NOW_PATTERN.matcher(shortAnswer(text)).find();
    }

    /** True when someone helping a person at risk asks what to do or say. */
    public boolean helperAsks(String text) {
        return HELPER_ASKS_PATTERN.matcher(shortAnswer(text)).find();
    }

    /** True when someone helping says the person at risk cannot be reached, said goodbye, or is acting now. */
    public boolean otherAtRiskNow(String text) {
        return OTHER_NOW_PATTERN.matcher(shortAnswer(text)).find();
    }

    /**
     * True when the text, read as the answer to concern care's "how heavy is it right now?", says it is
     * unbearable: then Hearth asks directly about suicide, as a person trained in crisis support would.
     */
    public boolean saysUnbearable(String text) {
        String folded = shortAnswer(text);
        return UNBEARABLE_ANSWER.matcher(folded).find() && !reassures(folded);
    }

    /** True when the text, read as the answer to "are you having thoughts of suicide?", says yes. */
    public boolean saysYes(String text) {
        return YES_START.matcher(shortAnswer(text)).find();
    }

    /** True when the text, read as the answer to "Are you safe right now?", says the person is not safe. */
    public boolean saysNotSafe(String text) {
        String folded = shortAnswer(text);
        return NOT_SAFE_START.matcher(folded).find() && !reassures(folded);
    }

    /** The text lower-cased with single spaces; empty when blank or too long to be a short answer. */
    private static String shortAnswer(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String folded = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\u2018\u2019\u02bc`\u00b4]", "'")
                .replaceAll("\\s+", " ");
        if (folded.split(" ").length > MOST_WORDS) {
            // A longer answer is read by its first clause, where "no, I'm not" comes.
            String first = folded.split("[,.;!?]", 2)[0];
            return first.split(" ").length > MOST_WORDS ? "" : first;
        }
        return folded;
    }

    private static boolean reassures(String folded) {
        return REASSURED.matcher(DOUBT.matcher(folded).replaceAll(" ")).find();
    }
}
