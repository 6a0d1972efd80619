package dev.hearth.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A check-in's recurrence")
class RecurrenceTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    @DisplayName("a 09:00 check-in stays at 09:00 on the wall clock when clocks go forward")
    void springForwardKeepsLocalTime() {
        Recurrence nine = new Recurrence(DaySet.DAILY, LocalTime.of(9, 0), BERLIN);

        assertThat(nine.on(LocalDate.of(2026, 3, 28))).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        assertThat(nine.on(LocalDate.of(2026, 3, 29))).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
    }

    @Test
    @DisplayName("a 09:00 check-in stays at 09:00 on the wall clock when clocks go back")
    void fallBackKeepsLocalTime() {
        Recurrence nine = new Recurrence(DaySet.DAILY, LocalTime.of(9, 0), BERLIN);

        assertThat(nine.on(LocalDate.of(2026, 10, 24))).isEqualTo(Instant.parse("2026-10-24T07:00:00Z"));
        assertThat(nine.on(LocalDate.of(2026, 10, 25))).isEqualTo(Instant.parse("2026-10-25T08:00:00Z"));
    }

    @Test
    @DisplayName("a time that does not exist that night moves to the first valid moment after the jump")
    void gapMovesForward() {
        Recurrence halfPastTwo = new Recurrence(DaySet.DAILY, LocalTime.of(2, 30), BERLIN);

        Instant due = halfPastTwo.on(LocalDate.of(2026, 3, 29));

        assertThat(due).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(due.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
    }

    @Test
    @DisplayName("a time that happens twice that night happens once, the first time")
    void overlapHappensOnce() {
        Recurrence halfPastTwo = new Recurrence(DaySet.DAILY, LocalTime.of(2, 30), BERLIN);

        Instant first = halfPastTwo.nextAfter(Instant.parse("2026-10-24T12:00:00Z"));
        Instant second = halfPastTwo.nextAfter(first);

        assertThat(first).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(second).isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
    }

    @Test
    @DisplayName("weekday check-ins skip the weekend")
    void weekdaysSkipWeekend() {
        Recurrence weekdays = new Recurrence(DaySet.WEEKDAYS, LocalTime.of(8, 30), BERLIN);
        Instant fridayDue = Instant.parse("2026-11-27T07:30:00Z");

        Instant next = weekdays.nextAfter(fridayDue);

        assertThat(next).isEqualTo(Instant.parse("2026-11-30T07:30:00Z"));
        assertThat(next.atZone(BERLIN).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    @DisplayName("the next check-in is strictly after the given moment, later the same day when it is still ahead")
    void nextIsStrictlyAfter() {
        Recurrence eight = new Recurrence(DaySet.DAILY, LocalTime.of(20, 0), ZoneId.of("UTC"));

        assertThat(eight.nextAfter(Instant.parse("2026-11-24T19:59:00Z"))).isEqualTo(Instant.parse("2026-11-24T20:00:00Z"));
        assertThat(eight.nextAfter(Instant.parse("2026-11-24T20:00:00Z"))).isEqualTo(Instant.parse("2026-11-25T20:00:00Z"));
    }

    @Test
    @DisplayName("day lists read and write back the same way")
    void daySets() {
        assertThat(DaySet.parse("daily")).contains(DaySet.DAILY);
        assertThat(DaySet.parse("weekdays")).contains(DaySet.WEEKDAYS);
        assertThat(DaySet.parse("mon,wed,fri").orElseThrow().wireName()).isEqualTo("mon,wed,fri");
        assertThat(DaySet.parse("mon,funday")).isEmpty();
    }
}
