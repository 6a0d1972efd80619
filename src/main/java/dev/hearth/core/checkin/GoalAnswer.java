package dev.hearth.core.checkin;

import java.util.Optional;

/** How a person says a goal went, from its follow-up buttons ({@code goal:<id>:done} …). */
public enum GoalAnswer {
    DONE("done"), PARTLY("partly"), NOT_YET("not-yet");

    private final String wireName;

    GoalAnswer(String wireName) {
        this.wireName = wireName;
    }

    /** The goal status it sets and the last part of the button id. */
    public String wireName() {
        return wireName;
    }

    /** The answer with this wire name, if any. */
    public static Optional<GoalAnswer> fromWireName(String name) {
        for (GoalAnswer answer : values()) {
            if (answer.wireName.equals(name)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
