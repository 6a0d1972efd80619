package dev.hearth.core.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the small steps a person says they will take ("I think I'll start by trying to take a short
 * walk on my lunch break a few times this week") and returns each as a {@link PlannedStep} in their
 * words turned toward them, with its cadence. Vague promises ("I'll give it a try"), obligations ("I
 * have to"), and things that happen to a person ("I'm going to lose my job") are not plans.
 */
public final class PlanExtractor {
    private static final Pattern CUE = Pattern.compile(
            "(?:(?:and|so|but|then|also|maybe|perhaps|probably|definitely|i think|i guess|i suppose)\\s+)*"
                    + "i(?:'ll|ll|m gonna|m going to|\\s+will|'m going to|\\s+am going to|'m gonna|\\s+am gonna|\\s+can|\\s+could|\\s+plan to|"
                    + "'m planning to|\\s+am planning to|\\s+want to try to|\\s+intend to|\\s+promise to|\\s+might|"
                    + "\\s+commit to|'d like to|\\s+would like to|'m going to try to|\\s+will try to|'ll try to)\\s+"
                    + "(?:(?:start by|begin by|start|try(?:ing)? to|try|also|at least|definitely|actually|really|"
                    + "maybe|probably|just|make sure to|make a point to|aim to)\\s+)*(?<action>[^.!?;]+)");
    /**
     * Looser cues, used only when the dialogue act already says the message states a plan: the
     * present tense people type for their own next step ("tonight i update my CV", "im putting it all
     * in one doc", "tomorrow i send it to 3 hotels").
     */
    private static final Pattern LOOSE_CUE = Pattern.compile(
            "(?:^|[,;:]\\s*|\\b(?:and|so|then|ok|okay|right|now|tonight|today|tomorrow|tmrw|later|first|next|"
                    + "this (?:weekend|week|evening|afternoon|morning)|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                    + ",?\\s+)i(?:'m|m|\\s+am)?\\s+(?<action>[^.!?;,]+)");
    private static final Set<String> LOOSE_NOT_ACTIONS = Set.of("think", "thought", "know", "knew", "guess",
            "was", "were", "had", "dont", "don't", "do", "did", "cant", "can't", "can", "just", "really", "mean",
            "wish", "hope", "want", "wanted", "love", "like", "told", "said", "decide", "decided", "am", "is",
            "so", "also", "kinda", "sort", "literally", "honestly", "actually", "tried", "feel", "felt", "get", "got",
            "keep", "kept", "should", "would", "could", "might", "may", "must", "suppose", "wonder", "doubt",
            "worry", "worried", "agree", "see", "saw", "heard", "went", "came", "used", "swear", "bet");
    private static final Set<String> NOT_ACTIONS = Set.of(
            "be", "feel", "lose", "fail", "die", "cry", "never", "not", "end", "kill", "hurt", "explode", "break",
            "miss", "regret", "hate", "have", "need", "barely", "hardly", "only", "still", "already", "go crazy",
            "get fired", "get worse", "probably", "imagine", "understand", "see why", "guess", "totally",
            "relate", "handle", "manage", "survive", "cope");
    private static final Set<String> VAGUE = Set.of(
            "try", "give", "it", "that", "this", "those", "these", "them", "ideas", "idea", "a", "an", "shot",
            "go", "do", "something", "things", "stuff", "think", "about", "see", "what", "happens", "the", "to",
            "why", "how", "some", "of", "out", "your", "you", "suggestions", "suggestion", "advice", "tips",
            "all", "work", "on", "with", "best", "my", "thing", "one", "more", "again", "too", "then", "soon",
            "later", "now", "maybe", "can", "definitely", "look", "into");
    private static final Pattern VAGUE_START = Pattern.compile(
            "^(?:give (?:it|that|this|them|those|these|(?:those|these|the|your) (?:ideas|suggestions|tips))"
                    + "(?: a)? (?:try|go|shot)|try (?:it|that|this|them|those|these)\\b|see (?:if|how|what|whether)"
                    + "|think about|do (?:that|this|it|so)\\b|keep (?:that|it|this) in mind|look into (?:it|that))");
    /** What may stand before a promise inside a sentence: nothing, a comma, or a joining word. */
    private static final Pattern CLAUSE_START = Pattern.compile(
            "(?:^|[,;:(*\\-]\\s*|\\b(?:and|so|but|then|also|now|ok|okay|yes|yeah|sure|fine|alright|right)\\s+)$");
    private static final Pattern CLAUSE_END = Pattern.compile(
            "\\s+(?:but|because|since|though|although|so that i|if i|if it|unless|when i feel|and see)\\b.*$");

    /** Two options held open ("I might keep them or I might bin them") are not yet a step. */
    private static final Pattern UNDECIDED = Pattern.compile(
            "(?i)\\bor (?:i|maybe|not)\\b|\\beither way\\b|\\bwhether or not\\b|\\bi could go either\\b");

    /** Steps against someone else are never affirmed as a goal, whatever the cue. */
    private static final Pattern HOSTILE = Pattern.compile(
            "(?i)\\b(?:hit|punch|slap|kick|smack|beat up|hurt|stab|revenge|get back at|get even|key (?:his|her|their) car|"
                    + "say something (?:horrible|mean|nasty|cruel|awful)|tell (?:him|her|them) off|yell at|scream at|"
                    + "humiliate|expose|leak|dox|ruin (?:his|her|their)|make (?:him|her|them) pay|spread (?:rumou?rs|it))\\b");

    private static final Pattern SENTENCES =
            Pattern.compile("(?<=[.!?;])\\s+|\\n+|\\s+and maybe\\s+|\\s+and then\\s+");

    private final Reflector reflector;
    private final Cadence cadence;

    public PlanExtractor(Reflector reflector, Cadence cadence) {
        this.reflector = reflector;
        this.cadence = cadence;
    }

    /** The planned steps in a message's original text (case kept for the goal's wording). */
    public List<PlannedStep> extract(String cleanedText) {
        List<PlannedStep> steps = new ArrayList<>();
        for (String sentence : SENTENCES.split(cleanedText)) {
            if (sentence.strip().endsWith("?") || UNDECIDED.matcher(sentence).find()) {
                continue; // a question about a step, or two options held open, is not a promise
            }
            String lowerSentence = sentence.toLowerCase(Locale.ROOT);
            Matcher m = CUE.matcher(lowerSentence);
            boolean found = false;
            while (m.find()) {
                if (CLAUSE_START.matcher(lowerSentence.substring(0, m.start()).stripLeading()).find()) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                continue;
            }
            step(sentence.substring(m.start("action"), m.end("action"))).ifPresent(steps::add);
        }
        return steps;
    }

    /**
     * The steps of a message the dialogue act reads as a plan: the strict cues first, then the
     * looser present-tense ones, each still a concrete action of the person's own.
     */
    public List<PlannedStep> extractStated(String cleanedText) {
        List<PlannedStep> strict = extract(cleanedText);
        if (!strict.isEmpty()) {
            return strict;
        }
        List<PlannedStep> steps = new ArrayList<>();
        for (String sentence : SENTENCES.split(cleanedText)) {
            if (sentence.strip().endsWith("?") || UNDECIDED.matcher(sentence).find()) {
                continue;
            }
            Matcher m = LOOSE_CUE.matcher(sentence.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String action = sentence.substring(m.start("action"), m.end("action"));
                String first = action.strip().toLowerCase(Locale.ROOT).split("\\s+")[0];
                if (!LOOSE_NOT_ACTIONS.contains(first)) {
                    step(action).ifPresent(steps::add);
                    break;
                }
            }
        }
        return steps;
    }

    private java.util.Optional<PlannedStep> step(String rawAction) {
        String action = CLAUSE_END.matcher(rawAction.strip()).replaceAll("").strip();
        if (!isConcreteAction(action) || HOSTILE.matcher(action).find()) {
            return java.util.Optional.empty();
        }
        Cadence.Reading reading = cadence.read(baseFormFirst(action));
        String text = reflector.reflect(reading.textWithoutCadence());
        return text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(new PlannedStep(text, reading.cadence()));
    }

    /** "studying at the library" -> "study at the library", so a goal reads "to study …". */
    static String baseFormFirst(String action) {
        int space = action.indexOf(' ');
        String first = space < 0 ? action : action.substring(0, space);
        String rest = space < 0 ? "" : action.substring(space);
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.length() < 6 || !lower.endsWith("ing") || NOT_GERUNDS.contains(lower)) {
            return action;
        }
        String stem = lower.substring(0, lower.length() - 3);
        if (stem.endsWith("y") && lower.endsWith("ying")) {
            return stem + rest; // studying -> study
        }
        if (stem.length() >= 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && "bdgmnprt".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            return stem.substring(0, stem.length() - 1) + rest; // running -> run, stopping -> stop
        }
        if (E_VERBS.contains(stem + "e")) {
            return stem + "e" + rest; // making -> make
        }
        return stem + rest;
    }

    private static final Set<String> NOT_GERUNDS = Set.of("nothing", "something", "anything", "everything",
            "morning", "evening", "spring", "thing", "things", "during", "ceiling", "feeling");
    private static final Set<String> E_VERBS = Set.of("make", "take", "write", "have", "give", "use", "leave",
            "bake", "dance", "hike", "bike", "ride", "drive", "close", "move", "save", "share", "smile", "practice",
            "meditate", "breathe", "prepare", "shave", "bathe", "come", "live", "love", "change", "organise",
            "organize", "recharge", "exercise", "schedule", "skate",
            "create", "vote", "dine", "arrive", "invite", "serve", "care", "file", "hope", "note", "phone", "quote",
            "paste", "taste", "waste", "wake", "type", "tune", "pause");

    private static boolean isConcreteAction(String action) {
        String lower = action.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]", " ").strip();
        String[] words = lower.split("\\s+");
        if (words.length < 2 || VAGUE_START.matcher(lower).find()) {
            return false;
        }
        String firstTwo = words[0] + " " + words[1];
        if (NOT_ACTIONS.contains(words[0]) || NOT_ACTIONS.contains(firstTwo)) {
            return false;
        }
        for (String word : words) {
            if (!VAGUE.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
