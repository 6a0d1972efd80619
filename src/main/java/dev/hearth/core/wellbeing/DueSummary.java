package dev.hearth.core.wellbeing;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A weekly summary that is due.
 *
 * @param mayWrite the person allows proactive messages and has not paused Hearth
 */
public record DueSummary(UserRef user, ZoneId zone, Instant dueAt, boolean mayWrite) {
    public DueSummary {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
