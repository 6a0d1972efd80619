package dev.hearth.core.checkin;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.util.Objects;

/**
 * A personal check-in whose time has come, as the scheduler reads it.
 *
 * @param reminderId  the store's id for the reminder (one per person)
 * @param dueAt       the occurrence not yet claimed
 * @param paused      the person paused proactive messages
 * @param proactiveOk the person allows Hearth to write first
 */
public record DueReminder(long reminderId, UserRef user, Recurrence recurrence, Instant dueAt, boolean paused,
                          boolean proactiveOk) {
    public DueReminder {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** True when Hearth may write to the person first. */
    public boolean mayWrite() {
        return proactiveOk && !paused;
    }
}
