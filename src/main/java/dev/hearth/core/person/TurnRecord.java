package dev.hearth.core.person;

import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.understand.Goal;
import java.util.List;
import java.util.Objects;

/**
 * Everything one turn writes, stored in one transaction: the person's profile and dialogue state, the
 * messages exchanged, the goals they set, and a crisis event (level and time only, never text).
 */
public record TurnRecord(Person person, DialogueState state, List<StoredMessage> messages, List<Goal> newGoals,
                         CrisisLevel crisisEvent) {
    public TurnRecord {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(state, "state");
        messages = List.copyOf(messages);
        newGoals = List.copyOf(newGoals);
        Objects.requireNonNull(crisisEvent, "crisisEvent");
    }
}
