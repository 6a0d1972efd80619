package dev.hearth.core.person;

import java.util.List;
import java.util.Objects;

/** A person as loaded at the start of a turn: profile, dialogue state, goals, and whether they are new. */
public record PersonSnapshot(Person person, DialogueState state, List<StoredGoal> goals, boolean isNew) {
    public PersonSnapshot {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(state, "state");
        goals = List.copyOf(goals);
    }
}
