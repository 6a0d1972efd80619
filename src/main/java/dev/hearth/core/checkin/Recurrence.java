package dev.hearth.core.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

/**
 * A check-in at a local time on some days, in a time zone: 09:00 stays 09:00 on the wall clock across
 * daylight-saving changes. A local time that does not exist that day (clocks jump over it) happens at
 * the first valid moment after the jump; one that happens twice (clocks go back) happens once, the
 * first time.
 */
public record Recurrence(DaySet days, LocalTime time, ZoneId zone) {
    /** How many days ahead {@link #nextAfter} looks before it gives up (it never has to). */
    private static final int HORIZON_DAYS = 8;

    public Recurrence {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(zone, "zone");
        time = Objects.requireNonNull(time, "time").withSecond(0).withNano(0);
    }

    /** The instant of the check-in on this local date, whether or not the date is one of its days. */
    public Instant on(LocalDate date) {
        LocalDateTime local = date.atTime(time);
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            // In a gap: the first valid moment is the transition itself (02:30 on a 02:00→03:00 night is 03:00).
            ZoneOffsetTransition gap = rules.getTransition(local);
            return gap.getInstant();
        }
        // In an overlap the earlier offset comes first in the list: the first 02:30, sent once.
        return local.toInstant(offsets.get(0));
    }

    /** The first check-in strictly after the given instant. */
    public Instant nextAfter(Instant after) {
        LocalDate date = after.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i <= HORIZON_DAYS; i++, date = date.plusDays(1)) {
            if (days.includes(date.getDayOfWeek())) {
                Instant due = on(date);
                if (due.isAfter(after)) {
                    return due;
                }
            }
        }
        throw new IllegalStateException("no check-in within a week of " + after);
    }
}
