package dev.hearth.core.respond;

import dev.hearth.core.reading.DialogueAct;
import dev.hearth.core.person.DialogueState;
import dev.hearth.core.understand.Understanding;

/**
 * What the planner knows when it decides a turn: this message, the person's state, and whether this
 * is their first contact, a return after a break, or time to say again what Hearth is.
 */
public record PlanningContext(Understanding understanding, DialogueState state, boolean firstContact,
                              boolean returning, boolean disclosureDue, boolean hasActiveGoals,
                              DialogueAct act, String questionKind) {
    public PlanningContext {
        act = act == null ? DialogueAct.OTHER : act;
        questionKind = questionKind == null ? "" : questionKind;
    }

    /** Without a dialogue act (planner tests that give intents only). */
    public PlanningContext(Understanding understanding, DialogueState state, boolean firstContact, boolean returning,
                           boolean disclosureDue, boolean hasActiveGoals) {
        this(understanding, state, firstContact, returning, disclosureDue, hasActiveGoals, DialogueAct.OTHER, "");
    }
}
