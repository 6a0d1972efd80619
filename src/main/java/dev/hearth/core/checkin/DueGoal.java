package dev.hearth.core.checkin;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.util.Objects;

/**
 * A goal whose follow-up time has come and that nobody has asked about yet.
 *
 * @param text the step in the person's own words; only ever sent to them, privately
 */
public record DueGoal(long goalId, UserRef user, String text, Instant dueAt, boolean paused, boolean proactiveOk) {
    public DueGoal {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** True when Hearth may write to the person first. */
    public boolean mayWrite() {
        return proactiveOk && !paused;
    }
}
