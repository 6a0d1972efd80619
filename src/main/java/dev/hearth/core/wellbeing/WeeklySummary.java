package dev.hearth.core.wellbeing;

import dev.hearth.core.Attachment;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.CheckinStore;
import dev.hearth.core.checkin.MoodChart;
import dev.hearth.core.checkin.MoodEntry;
import dev.hearth.core.checkin.MoodSummary;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.PhraseChooser;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weekly summary's text and chart: the week's check-ins and their average, the best and hardest
 * day, goals done, and the check-in streak, with the week's mood chart (and its alt text). It is due
 * on Sundays at {@link #AT} in the person's time zone.
 */
public final class WeeklySummary {
    /** When in the person's Sunday the summary comes. */
    public static final LocalTime AT = LocalTime.of(18, 0);
    private static final Duration WEEK = Duration.ofDays(7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final CheckinStore checkins;
    private final SummaryStore summaries;
    private final MoodChart chart;
    private final PhraseBook book;

    public WeeklySummary(CheckinStore checkins, SummaryStore summaries, MoodChart chart, PhraseBook book) {
        this.checkins = checkins;
        this.summaries = summaries;
        this.chart = chart;
        this.book = book;
    }

    /** The first Sunday at {@link #AT} after {@code now}, in the zone. */
    public static Instant nextDue(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime sunday = local.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                .atTime(AT).atZone(zone);
        return sunday.toInstant().isAfter(now) ? sunday.toInstant() : sunday.plusWeeks(1).toInstant();
    }

    /** The summary of the seven days up to {@code now}, for this person. */
    public Reply render(UserRef user, ZoneId zone, Instant now, PhraseChooser chooser) {
        Instant since = now.minus(WEEK);
        List<MoodEntry> moods = checkins.moods(user, since);
        int goalsDone = summaries.goalsDoneSince(user, since);
        LocalDate last = now.atZone(zone).toLocalDate();
        LocalDate first = last.minusDays(6);
        List<String> parts = new ArrayList<>();
        parts.add(chooser.choose("summary.weekly.intro"));
        MoodSummary summary = MoodSummary.of(moods, zone, now);
        List<String> lines = new ArrayList<>();
        if (summary == null) {
            lines.add(chooser.choose("summary.weekly.no_moods"));
        } else {
            lines.add(chooser.choose(moods.size() == 1 ? "summary.weekly.moods.one" : "summary.weekly.moods", Map.of(
                    "count", String.valueOf(moods.size()),
                    "average", String.format(Locale.ROOT, "%.1f", summary.average()))));
            if (summary.byDay().size() > 1 && !summary.best().equals(summary.hardest())) {
                lines.add(chooser.choose("summary.weekly.days", Map.of("best", DAY.format(summary.best()),
                        "hardest", DAY.format(summary.hardest()))));
            }
            if (summary.streak() >= 2) {
                lines.add(chooser.choose("summary.weekly.streak", Map.of("days", String.valueOf(summary.streak()))));
            }
        }
        lines.add(chooser.choose(goalsDone == 0 ? "summary.weekly.goals.none"
                : goalsDone == 1 ? "summary.weekly.goals.one" : "summary.weekly.goals",
                Map.of("count", String.valueOf(goalsDone))));
        parts.add(String.join("\n", lines));
        parts.add(chooser.choose("summary.weekly.footer"));
        Reply reply = Reply.text(parts);
        if (summary != null) {
            byte[] png = chart.render(moods, zone, first, last);
            reply = reply.withAttachments(List.of(new Attachment("hearth-week.png", "image/png", png,
                    MoodChart.altText(moods, zone, first, last, book))));
        }
        return reply;
    }
}
