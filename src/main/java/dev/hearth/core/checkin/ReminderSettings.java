package dev.hearth.core.checkin;

import java.util.Objects;

/**
 * A person's own check-in reminder: when ({@code daily} or {@code weekdays} at a local time in their
 * zone) and whether it is on. Kept when turned off, so their time zone is remembered.
 */
public record ReminderSettings(Recurrence recurrence, boolean enabled) {
    public ReminderSettings {
        Objects.requireNonNull(recurrence, "recurrence");
    }
}
