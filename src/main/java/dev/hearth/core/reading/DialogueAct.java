package dev.hearth.core.reading;

import java.util.Locale;

/**
 * What one message does in the conversation, read against Hearth's last reply: the dialogue act.
 * Each changes what Hearth does next (an answer to a question, a warm close that does not reopen,
 * repair after a complaint …). The wire name is what {@code analysis.intents} and the training data
 * carry.
 */
public enum DialogueAct {
    GREETING, VENTING, ANSWER, SHORT_ANSWER, QUESTION_TO_HEARTH, ASKING_ADVICE, THANKS_IN_PASSING, GOODBYE,
    GOOD_NEWS, GOAL_UPDATE, COMPLAINT, SMALL_TALK, STATING_PLAN, NOT_A_PLAN, DECLINING, AGREEING, OTHER;

    /** Lower case with hyphens: {@code question-to-hearth}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The act a wire name (or a data writer's synonym) names, or OTHER for an unknown one. */
    public static DialogueAct fromWireName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("question-to-bot")) {
            return QUESTION_TO_HEARTH;
        }
        for (DialogueAct act : values()) {
            if (act.wireName().equals(n)) {
                return act;
            }
        }
        return OTHER;
    }

    /** Acts that end the conversation for now: Hearth closes and does not ask another question. */
    public boolean endsConversation() {
        return this == GOODBYE;
    }
}
