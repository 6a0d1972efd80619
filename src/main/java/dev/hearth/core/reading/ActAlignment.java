package dev.hearth.core.reading;

import dev.hearth.core.understand.Intent;
import dev.hearth.core.understand.PlannedStep;
import dev.hearth.core.understand.Understanding;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the understand stage's keyword intents agree with the dialogue act read in context, so the
 * planner acts on what the message does rather than on a word in it: thanks in passing does not
 * close the conversation, "bye" in a story about an ex is not a goodbye, and a step is kept as a goal
 * only when the message states a plan of the person's own ("i could go either way", a wish or
 * someone else's plan keep none).
 */
public final class ActAlignment {
    /** How sure the act head must be that a message states a plan, when a plan is not its main act. */
    static final double PLAN_SCORE = 0.2;
    private static final Set<Intent> CLOSING = EnumSet.of(Intent.THANKS, Intent.GOODBYE);

    /** The understanding with intents and plans set by the act. */
    public Understanding align(Understanding said, DialogueAct act, Map<DialogueAct, Double> scores) {
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        intents.addAll(said.intents());
        switch (act) {
            case GREETING -> intents.add(Intent.GREETING);
            case GOODBYE -> intents.add(Intent.GOODBYE);
            case VENTING, ANSWER, SHORT_ANSWER, GOAL_UPDATE, COMPLAINT -> intents.removeAll(CLOSING);
            case THANKS_IN_PASSING -> {
                intents.remove(Intent.GOODBYE);
                intents.add(Intent.THANKS); // the planner closes only when nothing else was said
            }
            case QUESTION_TO_HEARTH -> {
                intents.removeAll(CLOSING);
                intents.add(Intent.ABOUT_HEARTH);
            }
            case ASKING_ADVICE -> {
                intents.removeAll(CLOSING);
                intents.remove(Intent.ABOUT_HEARTH);
                intents.add(Intent.ASKING_ADVICE);
            }
            case GOOD_NEWS -> {
                intents.removeAll(CLOSING);
                intents.add(Intent.GOOD_NEWS);
            }
            case SMALL_TALK -> {
                intents.removeAll(CLOSING);
                intents.add(Intent.SMALL_TALK);
            }
            case DECLINING -> intents.add(Intent.DECLINING);
            case AGREEING -> intents.add(Intent.AGREEING);
            default -> {
            }
        }
        if (act != DialogueAct.QUESTION_TO_HEARTH && act != DialogueAct.SMALL_TALK) {
            intents.remove(Intent.ABOUT_HEARTH);
        }
        if (act != DialogueAct.ASKING_ADVICE && act != DialogueAct.QUESTION_TO_HEARTH && act != DialogueAct.VENTING
                && act != DialogueAct.ANSWER) {
            intents.remove(Intent.ASKING_ADVICE);
        }
        if (act != DialogueAct.GOOD_NEWS && act != DialogueAct.GOAL_UPDATE) {
            intents.remove(Intent.GOOD_NEWS);
        }
        List<PlannedStep> plans = keepsPlan(act, scores) ? said.plans() : List.of();
        if (plans.isEmpty()) {
            intents.remove(Intent.STATING_PLAN);
        } else {
            intents.add(Intent.STATING_PLAN);
        }
        return new Understanding(said.cleanedText(), said.emotions(), said.feelings(), said.topics(), intents, plans,
                plans.isEmpty() ? said.echo() : "", said.name());
    }

    private static boolean keepsPlan(DialogueAct act, Map<DialogueAct, Double> scores) {
        if (act == DialogueAct.STATING_PLAN || act == DialogueAct.AGREEING) {
            return true; // "ok, I'll put my phone away at ten" agrees to a step of their own
        }
        if (act == DialogueAct.NOT_A_PLAN || act == DialogueAct.GOODBYE || act == DialogueAct.COMPLAINT
                || act == DialogueAct.QUESTION_TO_HEARTH || act == DialogueAct.SHORT_ANSWER
                || act == DialogueAct.DECLINING) {
            return false;
        }
        double plan = scores.getOrDefault(DialogueAct.STATING_PLAN, 0.0);
        return plan >= PLAN_SCORE && plan > scores.getOrDefault(DialogueAct.NOT_A_PLAN, 0.0);
    }
}
