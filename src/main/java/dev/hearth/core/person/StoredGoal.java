package dev.hearth.core.person;

import java.time.Instant;
import java.util.Objects;

/**
 * A goal as stored: the step, its cadence, when Hearth asks how it went, and how it went.
 *
 * @param status  {@code active}, {@code done}, {@code partly}, {@code not-yet} or {@code dropped}
 * @param outcome the person's note on how it went, empty until they give one
 */
public record StoredGoal(long id, String text, String cadence, Instant createdAt, Instant followUpAt,
                         String status, String outcome) {
    public StoredGoal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(followUpAt, "followUpAt");
        Objects.requireNonNull(status, "status");
        outcome = outcome == null ? "" : outcome;
    }

    /** True while the step is still being tried. */
    public boolean isActive() {
        return "active".equals(status);
    }
}
