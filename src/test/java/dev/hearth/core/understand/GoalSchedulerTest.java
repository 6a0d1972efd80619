package dev.hearth.core.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Goal follow-up times")
class GoalSchedulerTest {
    final GoalScheduler scheduler = new GoalScheduler();
    final ZoneId berlin = ZoneId.of("Europe/Berlin");
    final Instant tuesdayMorning = ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, berlin).toInstant();

    @Test
    @DisplayName("'a few times this week' is followed up after three days, in the person's zone")
    void fewTimes() {
        ZonedDateTime at = scheduler.followUpAt(Cadence.FEW_TIMES_THIS_WEEK, tuesdayMorning, berlin).atZone(berlin);
        assertThat(at.toLocalDate()).isEqualTo(tuesdayMorning.atZone(berlin).toLocalDate().plusDays(3));
        assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    @DisplayName("'tomorrow' is followed up the next evening")
    void tomorrow() {
        ZonedDateTime at = scheduler.followUpAt(Cadence.TOMORROW, tuesdayMorning, berlin).atZone(berlin);
        assertThat(at.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(at.getHour()).isEqualTo(19);
    }

    @Test
    @DisplayName("'on Monday' is followed up on the coming Monday evening")
    void monday() {
        ZonedDateTime at = scheduler.followUpAt("on Monday", tuesdayMorning, berlin).atZone(berlin);
        assertThat(at.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(at.toLocalDate()).isAfter(tuesdayMorning.atZone(berlin).toLocalDate());
    }

    @Test
    @DisplayName("a follow-up on the day clocks change stays at its local time")
    void daylightSaving() {
        Instant beforeChange = ZonedDateTime.of(2026, 10, 22, 9, 0, 0, 0, berlin).toInstant();
        ZonedDateTime at = scheduler.followUpAt(Cadence.FEW_TIMES_THIS_WEEK, beforeChange, berlin).atZone(berlin);
        assertThat(at.toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 10, 25));
        assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    }
}
