package dev.hearth.core.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The understand stage: runs the detectors over one message and gathers what they found into an
 * {@link Understanding}. Every detector is its own small class; this one only orders them and picks
 * the clause worth reflecting back.
 */
public final class Understander {
    private static final int MAX_ECHO_WORDS = 22;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORTH_ECHOING =
            Pattern.compile("(?:that's|thats|you're|youre|thank|thanks|okay|ok|yes|no)\\b");
    /** An echo must read as a sentence about the person: it starts with them (or what is theirs). */
    private static final Pattern SUBJECT_FIRST = Pattern.compile("(?:i|i'm|im|i've|ive|i'd|my|we|we're|our|me and)\\b.*");
    /** Chat words and second-person words do not survive being said back ("…destroying you rn", "call you brother"). */
    private static final Pattern NOT_SAYABLE = Pattern.compile(
            "(?:^|.*\\s)(?:lol|lmao|ig|tbh|ngl|idk|rn|fr|imo|bc|cuz|coz|u|ur|you|your|you're|youre|yall|gonna|wanna|gotta|"
                    + "kinda|sorta|like,|ill|its|dont|cant|wont|didnt|isnt|wasnt|doesnt|thats|theres)(?:\\s.*|[.,!]*$)");
    private static final int MAX_SAYABLE_WORDS = 14;
    private static final Pattern ACTION = Pattern.compile("\\*[^*]{1,60}\\*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+");
    private static final Pattern CLAUSE_JOIN = Pattern.compile(",\\s+(?:and|but|so)\\s+|\\s+but\\s+");

    private final TextNormalizer normalizer;
    private final EmotionClassifier emotions;
    private final FeelingDetector feelings;
    private final TopicDetector topics;
    private final IntentDetector intents;
    private final PlanExtractor plans;
    private final NameExtractor names;
    private final Reflector reflector;

    public Understander(TextNormalizer normalizer, EmotionClassifier emotions, FeelingDetector feelings,
                        TopicDetector topics, IntentDetector intents, PlanExtractor plans, NameExtractor names,
                        Reflector reflector) {
        this.normalizer = normalizer;
        this.emotions = emotions;
        this.feelings = feelings;
        this.topics = topics;
        this.intents = intents;
        this.plans = plans;
        this.names = names;
        this.reflector = reflector;
    }

    /** Reads one message. Never throws; odd text gives an understanding with little in it. */
    public Understanding understand(String text) {
        String cleaned = normalizer.clean(text);
        String normalized = normalizer.normalize(text);
        List<FeelingMention> feelingMentions = feelings.detect(normalized);
        List<String> topicList = topics.detect(normalized);
        List<PlannedStep> steps = plans.extract(cleaned);
        Set<Intent> intentSet = intents.detect(normalized, feelingMentions, topicList, steps);
        return new Understanding(cleaned, emotions.classify(cleaned), feelingMentions, topicList, intentSet,
                steps, steps.isEmpty() ? echo(cleaned) : "", names.extract(cleaned));
    }

    /**
     * The steps in a message already read as stating a plan, found with looser cues than
     * {@link #understand} uses on every message ("tonight i update my CV").
     */
    public List<PlannedStep> statedPlans(String cleanedText) {
        return plans.extractStated(cleanedText);
    }

    /** The clause most about the person's feelings and situation, turned toward them; empty if none fits. */
    /** Whether a clause can be said back as it is, turned toward the person, and still read well. */
    private static boolean sayable(String normalized) {
        String lower = normalized.strip().toLowerCase(java.util.Locale.ROOT);
        return SUBJECT_FIRST.matcher(lower).matches() && !NOT_SAYABLE.matcher(lower).matches()
                && lower.codePoints().noneMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL);
    }

    private String echo(String cleaned) {
        String best = "";
        int bestScore = 0;
        for (String clause : clauses(cleaned)) {
            String normalized = normalizer.normalize(clause);
            int words = WHITESPACE.split(normalized).length;
            if (words < 3 || words > MAX_SAYABLE_WORDS || clause.strip().endsWith("?")
                    || NOT_WORTH_ECHOING.matcher(normalized).lookingAt() || !sayable(normalized)) {
                continue;
            }
            int score = 2 * topics.detect(normalized).size();
            score += 2 * (int) feelings.detect(normalized).stream()
                    .filter(f -> !f.negated() && Feelings.isDifficult(f.feeling())).count();
            if (normalized.startsWith("i ") || normalized.startsWith("my ") || normalized.startsWith("i'm ")) {
                score += 1;
            }
            if (score > bestScore) {
                best = clause;
                bestScore = score;
            }
        }
        if (bestScore < 2) {
            return "";
        }
        String reflected = reflector.reflect(best);
        // Too little left to say back ("a failure"): better no echo than a broken one.
        return WHITESPACE.split(reflected.strip()).length < 3 ? "" : lowerFirst(reflected);
    }

    private static List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(ACTION.matcher(text).replaceAll(" "))) {
            String s = sentence.strip();
            if (s.isEmpty()) {
                continue;
            }
            clauses.add(s);
            if (WHITESPACE.split(s).length > MAX_ECHO_WORDS) {
                for (String part : CLAUSE_JOIN.split(s)) {
                    clauses.add(part);
                }
            }
        }
        return clauses;
    }

    private static String lowerFirst(String s) {
        if (s.length() < 2 || s.startsWith("I ") || s.startsWith("I'")) {
            return s;
        }
        if (Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }
}
