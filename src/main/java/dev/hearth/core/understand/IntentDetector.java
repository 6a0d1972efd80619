package dev.hearth.core.understand;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a person is doing with a message: the intents lexicon's phrases, plus what follows from
 * the rest of understanding (a stated plan, venting when they describe feelings or a problem, a command
 * when the text starts with a slash).
 */
public final class IntentDetector {
    private static final Pattern NOT_A_REFUSAL = Pattern.compile(
            "^[\\s\\p{P}]*no\\s+(?:one|body|thing|where|matter|idea|longer|more)\\b");

    private static final Pattern ACTION = Pattern.compile("\\*[^*]{1,60}\\*");

    private final PhraseMatcher matcher;

    public IntentDetector(Lexicon intents) {
        this.matcher = new PhraseMatcher(intents);
    }

    /** The intents of a message given its normalised text and what else was understood. */
    public Set<Intent> detect(String normalizedText, List<FeelingMention> feelings, List<String> topics,
                              List<PlannedStep> plans) {
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        if (normalizedText.startsWith("/")) {
            intents.add(Intent.COMMAND);
            return intents;
        }
        for (String category : matcher.categoriesIn(withoutActions(normalizedText))) {
            Intent intent = Intent.fromWireName(category);
            if (intent != null) {
                intents.add(intent);
            }
        }
        if (intents.contains(Intent.DECLINING) && NOT_A_REFUSAL.matcher(normalizedText).find()) {
            intents.remove(Intent.DECLINING);
        }
        if (!plans.isEmpty()) {
            intents.add(Intent.STATING_PLAN);
        }
        boolean negativeFeeling = feelings.stream()
                .anyMatch(f -> !f.negated() && Feelings.isDifficult(f.feeling()));
        if (negativeFeeling || intents.contains(Intent.VENTING_ONLY)
                || (!topics.isEmpty() && !intents.contains(Intent.GOOD_NEWS))) {
            intents.add(Intent.VENTING);
        }
        return intents;
    }

    /** Text without *actions in asterisks*, so "*sighs* no" still starts with "no". */
    private static String withoutActions(String text) {
        return ACTION.matcher(text).replaceAll(" ").strip();
    }
}
