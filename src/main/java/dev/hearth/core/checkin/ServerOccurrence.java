package dev.hearth.core.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One posted server check-in, as a member's button press finds it.
 *
 * @param id       the occurrence's store id, carried in the mood buttons
 * @param schedule its schedule
 * @param dueAt    when it was due
 */
public record ServerOccurrence(long id, ServerSchedule schedule, Instant dueAt) {
    public ServerOccurrence {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** The local day of the check-in in its schedule's zone: answers may change until it ends. */
    public LocalDate localDay() {
        return dueAt.atZone(schedule.recurrence().zone()).toLocalDate();
    }
}
