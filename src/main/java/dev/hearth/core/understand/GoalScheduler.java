package dev.hearth.core.understand;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * Decides when Hearth should ask how a step went, in the person's time zone: "a few times this week"
 * after three days, "tomorrow" the next evening, "every evening" after two evenings, "on Monday" that
 * Monday evening. A local time that does not exist (a daylight-saving gap) moves forward.
 */
public final class GoalScheduler {
    private static final LocalTime EVENING = LocalTime.of(19, 0);
    private static final LocalTime LATE_AFTERNOON = LocalTime.of(18, 0);
    private static final LocalTime MIDDAY = LocalTime.of(12, 0);

    /** The follow-up instant for a step with this cadence, planned at {@code now}. */
    public Instant followUpAt(String cadence, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        int weekday = Cadence.weekday(cadence);
        if (weekday > 0) {
            LocalDate day = today.with(TemporalAdjusters.next(DayOfWeek.of(weekday)));
            return at(day, EVENING, zone);
        }
        return switch (cadence) {
            case Cadence.TOMORROW -> at(today.plusDays(1), EVENING, zone);
            case Cadence.TONIGHT, Cadence.TODAY -> at(today.plusDays(1), MIDDAY, zone);
            case Cadence.EVERY_EVENING, Cadence.EVERY_NIGHT -> at(today.plusDays(2), EVENING, zone);
            case Cadence.EVERY_DAY, Cadence.EVERY_MORNING, Cadence.WEEKDAYS -> at(today.plusDays(2), LATE_AFTERNOON, zone);
            case Cadence.THIS_WEEKEND -> at(today.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)), LATE_AFTERNOON, zone);
            case Cadence.EVERY_WEEK -> at(today.plusDays(7), LATE_AFTERNOON, zone);
            case Cadence.FEW_TIMES_THIS_WEEK, Cadence.THIS_WEEK -> at(today.plusDays(3), LATE_AFTERNOON, zone);
            default -> cadence.endsWith("a week")
                    ? at(today.plusDays(3), LATE_AFTERNOON, zone)
                    : at(today.plusDays(2), LATE_AFTERNOON, zone);
        };
    }

    private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        // ZonedDateTime.of moves a time in a gap forward and picks the earlier of two in an overlap.
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
