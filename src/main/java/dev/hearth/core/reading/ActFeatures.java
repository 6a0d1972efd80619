package dev.hearth.core.reading;

import dev.hearth.core.understand.Intent;
import dev.hearth.core.understand.Understanding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The context and rule features the dialogue-act head reads beside the message's vector: what
 * Hearth's last reply did, the message's length and question mark, which of the precise keyword
 * rules fired (thanks, a goodbye, a plan the plan rules could parse …), and a few emotion scores.
 * The head learns how far to trust each rule in context, so "thanks" in passing and "thanks, bye"
 * come apart, and the rules still carry what they catch reliably.
 */
public final class ActFeatures {
    private static final List<Intent> RULES = List.of(Intent.GREETING, Intent.VENTING, Intent.ASKING_ADVICE,
            Intent.AGREEING, Intent.DECLINING, Intent.STATING_PLAN, Intent.THANKS, Intent.GOODBYE, Intent.ABOUT_HEARTH,
            Intent.VENTING_ONLY, Intent.WANTING_CHANGE, Intent.SMALL_TALK, Intent.GOOD_NEWS);
    private static final List<String> EMOTIONS = List.of("joy", "excitement", "gratitude", "relief", "pride",
            "optimism", "approval", "sadness", "disappointment", "annoyance", "anger", "disapproval", "curiosity",
            "confusion", "nervousness");

    /** The feature names, in order; a head trained with other names is refused. */
    public static final List<String> NAMES = names();

    private ActFeatures() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(LastReply.FEATURES);
        RULES.forEach(i -> names.add("rule:" + i.wireName()));
        names.add("rule:plan-parsed");
        EMOTIONS.forEach(e -> names.add("emotion:" + e));
        return Collections.unmodifiableList(names);
    }

    /** The features of one message read against Hearth's last reply. */
    public static double[] of(LastReply last, Understanding said, int words, boolean questionMark) {
        double[] context = last.features(words, questionMark);
        double[] f = new double[NAMES.size()];
        System.arraycopy(context, 0, f, 0, context.length);
        int i = context.length;
        for (Intent rule : RULES) {
            f[i++] = said.has(rule) ? 1 : 0;
        }
        f[i++] = said.plans().isEmpty() ? 0 : 1;
        for (String e : EMOTIONS) {
            f[i++] = said.emotions().score(e);
        }
        return f;
    }
}
