package dev.hearth.core.wellbeing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What Hearth asked and waits to hear as the person's next message: a note after a check-in, or a step
 * of their safety plan. It lapses after {@link #FOR}, and a crisis turn after it was asked sets it aside
 * (care comes first; the person can pick the plan up again with a button or a command).
 *
 * @param kind    what the next message answers
 * @param subject the mood's id for a note, the step number (1-7) for the safety plan
 * @param oneOnly for the safety plan: only this step is edited, no next step follows
 * @param askedAt when Hearth asked
 */
public record Awaited(Kind kind, long subject, boolean oneOnly, Instant askedAt) {
    /** How long a question stays open. */
    public static final Duration FOR = Duration.ofMinutes(30);

    /** What the next message answers. */
    public enum Kind {
        MOOD_NOTE("mood-note"),
        SAFETY_PLAN("safety-plan");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        /** How the store spells it. */
        public String wireName() {
            return wireName;
        }

        /** The kind stored under this name. */
        public static Kind fromWireName(String name) {
            for (Kind kind : values()) {
                if (kind.wireName.equals(name)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown awaited answer kind " + name);
        }
    }

    public Awaited {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(askedAt, "askedAt");
    }

    /** True when it is still open at {@code now} and no crisis turn came after it was asked. */
    public boolean isOpen(Instant now, Instant lastCrisisAt) {
        return now.isBefore(askedAt.plus(FOR)) && (lastCrisisAt == null || !lastCrisisAt.isAfter(askedAt));
    }
}
