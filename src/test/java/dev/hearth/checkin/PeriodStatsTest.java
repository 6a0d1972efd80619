package dev.hearth.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.checkin.AnswerFact;
import dev.hearth.core.checkin.PeriodStats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Check-in statistics per period")
class PeriodStatsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final LocalDate YESTERDAY = TODAY.minusDays(1);

    @Test
    @DisplayName("four different people in the period give no figures at all")
    void fourWithheld() {
        List<AnswerFact> facts = List.of(new AnswerFact(YESTERDAY, 1, 1), new AnswerFact(YESTERDAY, 2, 2),
                new AnswerFact(TODAY.minusDays(2), 3, 3), new AnswerFact(YESTERDAY, 4, 4),
                new AnswerFact(YESTERDAY, 5, 4));

        PeriodStats stats = PeriodStats.of(facts, TODAY, 7);

        assertThat(stats.shown()).isFalse();
        assertThat(stats.people()).isEqualTo(4);
        assertThat(stats.byScore()).containsOnly(0);
        assertThat(stats.byDay()).isEmpty();
    }

    @Test
    @DisplayName("five people give counts per mood; a day of fewer than five is neither shown nor counted, nor is today")
    void fiveShown() {
        List<AnswerFact> facts = new ArrayList<>();
        for (long member = 1; member <= 5; member++) {
            facts.add(new AnswerFact(YESTERDAY, member <= 2 ? 2 : 4, member));
            facts.add(new AnswerFact(TODAY, 1, member)); // still open: asking twice would reveal answers
        }
        facts.add(new AnswerFact(TODAY.minusDays(2), 1, 1));
        facts.add(new AnswerFact(TODAY.minusDays(10), 5, 9));

        PeriodStats week = PeriodStats.of(facts, TODAY, 7);
        PeriodStats month = PeriodStats.of(facts, TODAY, 30);

        assertThat(week.shown()).isTrue();
        assertThat(week.byScore()).containsExactly(0, 2, 0, 3, 0);
        assertThat(week.byDay()).containsOnlyKeys(YESTERDAY);
        assertThat(week.byDay().get(YESTERDAY)).containsExactly(0, 2, 0, 3, 0);
        assertThat(month.people()).isEqualTo(6);
        assertThat(month.byScore()).containsExactly(0, 2, 0, 3, 0);
    }
}
