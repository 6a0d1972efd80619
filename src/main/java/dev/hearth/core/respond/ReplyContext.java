package dev.hearth.core.respond;

import dev.hearth.core.person.DialogueState;
import dev.hearth.core.person.StoredGoal;
import dev.hearth.core.understand.Goal;
import dev.hearth.core.understand.Understanding;
import java.util.List;

/**
 * What the composer may draw on: this message, the person's state and name, their goals, the goals
 * stored this turn, and the time of the turn.
 */
public record ReplyContext(Understanding understanding, DialogueState state, String name, List<StoredGoal> goals,
                           List<Goal> newGoals, boolean firstContact, java.time.Instant now, String questionKind,
                           String avoid) {
    public ReplyContext {
        goals = List.copyOf(goals);
        newGoals = List.copyOf(newGoals);
        name = name == null ? "" : name;
        questionKind = questionKind == null ? "" : questionKind;
        avoid = avoid == null ? "" : avoid;
    }

    /** Without a question kind or avoided wording. */
    public ReplyContext(Understanding understanding, DialogueState state, String name, List<StoredGoal> goals,
                        List<Goal> newGoals, boolean firstContact, java.time.Instant now) {
        this(understanding, state, name, goals, newGoals, firstContact, now, "", "");
    }
}
