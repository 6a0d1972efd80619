package dev.hearth.core.checkin;

import dev.hearth.core.Analysis;
import dev.hearth.core.Attachment;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import dev.hearth.core.command.CommandHandler;
import dev.hearth.core.command.CommandOption;
import dev.hearth.core.command.CommandSpec;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.PhraseChooser;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.wellbeing.Awaited;
import dev.hearth.core.wellbeing.AwaitedStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The personal check-in commands and buttons: {@code /checkin} (the mood prompt now), {@code /reminders}
 * (daily or weekday check-ins at a local time), {@code /mood} (a chart of the last 30 days and a short
 * summary, with the person's notes), the mood buttons {@code mood:1}..{@code mood:5}, the note after a
 * check-in and the goal follow-up buttons {@code goal:<id>:done|partly|not-yet}. Plugged into the command
 * layer as a {@link CommandHandler}.
 *
 * <p>The note: after a check-in the reply offers one, and the person's next private message (the
 * terminal's next line, a Telegram message) is kept as that check-in's note. The action
 * {@link CheckinReplies#NOTE} carries a note in its text (Discord's modal submits it so); pressed with no
 * text it asks for the note as the next message; {@link CheckinReplies#NOTE_SKIP} declines.
 */
public final class CheckinCommands implements CommandHandler {
    private static final Duration MOOD_WINDOW = Duration.ofDays(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private static final DateTimeFormatter NOTE_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final int NOTES_SHOWN = 5;

    private final CheckinStore checkins;
    private final PersonStore people;
    private final PhraseBook book;
    private final MoodChart chart;
    private final AwaitedStore awaited;

    /** @param awaited where the open question for a note is kept */
    public CheckinCommands(CheckinStore checkins, PersonStore people, PhraseBook book, MoodChart chart,
                           AwaitedStore awaited) {
        this.checkins = checkins;
        this.people = people;
        this.book = book;
        this.chart = chart;
        this.awaited = awaited;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(
                new CommandSpec("checkin", describe("command.checkin"), List.of(), false),
                new CommandSpec("mood", describe("command.mood"), List.of(), false),
                new CommandSpec("reminders", describe("command.reminders"),
                        List.of(new CommandOption("when", describe("command.reminders.option.when"), false)), false));
    }

    private String describe(String key) {
        return book.first(key, key);
    }

    @Override
    public Optional<TurnResult> command(String name, String args, Inbound inbound, PersonSnapshot snapshot,
                                        PhraseChooser chooser) {
        List<Reply> replies = switch (name) {
            case "checkin" -> List.of(CheckinReplies.checkinPrompt(chooser));
            case "reminders" -> List.of(reminders(ReminderRequest.parse(args), inbound, snapshot, chooser));
            case "mood" -> List.of(mood(inbound, snapshot, chooser));
            default -> null;
        };
        return replies == null ? Optional.empty() : Optional.of(result(replies, snapshot));
    }

    @Override
    public Optional<TurnResult> action(String actionId, Inbound inbound, PersonSnapshot snapshot,
                                       PhraseChooser chooser) {
        if (actionId.equals(CheckinReplies.NOTE) || actionId.equals(CheckinReplies.NOTE_SKIP)) {
            return Optional.of(result(List.of(noteAction(actionId, inbound, snapshot, chooser)), snapshot));
        }
        if (actionId.startsWith(CheckinReplies.MOOD_PREFIX)) {
            return Optional.of(result(List.of(moodPressed(actionId, inbound, snapshot, chooser)), snapshot));
        }
        if (actionId.startsWith(CheckinReplies.GOAL_PREFIX)) {
            return Optional.of(result(List.of(goalAnswered(actionId, inbound, chooser)), snapshot));
        }
        return Optional.empty();
    }

    private Reply reminders(ReminderRequest request, Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        UserRef user = inbound.user();
        return switch (request) {
            case ReminderRequest.Show show -> checkins.reminder(user).filter(ReminderSettings::enabled)
                    .map(r -> Reply.text(chooser.choose("reminders.status.on", describe(r.recurrence(), chooser))))
                    .orElseGet(() -> Reply.text(chooser.choose("reminders.status.off")));
            case ReminderRequest.Off off -> Reply.text(chooser.choose(
                    checkins.disableReminder(user) ? "reminders.off" : "reminders.off.none"));
            case ReminderRequest.Invalid invalid -> Reply.text(invalid.suggestion()
                    .map(zone -> chooser.choose("reminders.invalid.city", Map.of("zone", zone,
                            "time", invalid.time().map(TIME::format).orElse("20:00"))))
                    .orElseGet(() -> chooser.choose("reminders.invalid." + invalid.reason())));
            case ReminderRequest.Set set -> {
                Optional<ZoneId> zone = set.zone().or(() -> checkins.reminder(user).map(r -> r.recurrence().zone()));
                if (zone.isEmpty()) {
                    // Asked once: after this the zone is remembered with the reminder.
                    yield Reply.text(chooser.choose("reminders.ask_zone", Map.of("time", TIME.format(set.time()))));
                }
                List<String> parts = new ArrayList<>(ensureStored(snapshot, inbound.at(), chooser));
                Recurrence recurrence = new Recurrence(set.days(), set.time(), zone.get());
                checkins.saveReminder(user, recurrence, recurrence.nextAfter(inbound.at()), inbound.at());
                parts.add(chooser.choose("reminders.set", describe(recurrence, chooser)));
                yield Reply.text(parts);
            }
        };
    }

    private Map<String, String> describe(Recurrence r, PhraseChooser chooser) {
        // A fragment inside a sentence: its first variant as written, never capitalised like a sentence.
        return Map.of("days", book.first("reminders.days." + r.days().wireName(), r.days().wireName()),
                "time", TIME.format(r.time()), "zone", r.zone().getId());
    }

    private Reply moodPressed(String actionId, Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        int score;
        try {
            score = Integer.parseInt(actionId.substring(CheckinReplies.MOOD_PREFIX.length()));
        } catch (NumberFormatException e) {
            score = 0;
        }
        if (score < 1 || score > 5) {
            return Reply.text(chooser.choose("checkin.mood.unknown"));
        }
        List<String> parts = new ArrayList<>(ensureStored(snapshot, inbound.at(), chooser));
        boolean changed = checkins.recordMood(inbound.user(), score, MoodSource.CHECKIN, inbound.at(),
                snapshot.person().zone());
        String key = score <= 2 ? "checkin.mood.low" : score == 3 ? "checkin.mood.okay" : "checkin.mood.good";
        parts.add((changed ? chooser.choose("checkin.mood.changed") + " " : "") + chooser.choose(key));
        if (score == 1 && checkins.lowStreak(inbound.user())) {
            parts.add(chooser.choose("checkin.mood.low_streak"));
        }
        Optional<Long> mood = checkins.lastCheckinMood(inbound.user());
        if (mood.isEmpty()) {
            return Reply.text(parts);
        }
        // The next private message is this check-in's note, unless they skip it or say something else first.
        awaited.await(inbound.user(), new Awaited(Awaited.Kind.MOOD_NOTE, mood.get(), false, inbound.at()));
        parts.add(chooser.choose("checkin.note.prompt"));
        return Reply.text(parts).withButtons(CheckinReplies.noteButtons(chooser));
    }

    private Reply noteAction(String actionId, Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        Optional<Long> mood = checkins.lastCheckinMood(inbound.user());
        if (actionId.equals(CheckinReplies.NOTE_SKIP)) {
            awaited.clearAwaited(inbound.user());
            return Reply.text(chooser.choose("checkin.note.skipped"));
        }
        if (mood.isEmpty()) {
            return Reply.text(chooser.choose("checkin.note.none"));
        }
        if (inbound.text().isBlank()) {
            // Pressed on a platform without a form: the note is their next message.
            awaited.await(inbound.user(), new Awaited(Awaited.Kind.MOOD_NOTE, mood.get(), false, inbound.at()));
            return Reply.text(chooser.choose("checkin.note.ask"));
        }
        return saveNote(mood.get(), inbound, chooser);
    }

    @Override
    public Optional<TurnResult> awaitedAnswer(Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        Optional<Awaited> open = awaited.awaited(inbound.user())
                .filter(a -> a.kind() == Awaited.Kind.MOOD_NOTE)
                .filter(a -> a.isOpen(inbound.at(), snapshot.state().lastCrisisAt()));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(result(List.of(saveNote(open.get().subject(), inbound, chooser)), snapshot));
    }

    private Reply saveNote(long moodId, Inbound inbound, PhraseChooser chooser) {
        awaited.clearAwaited(inbound.user());
        if (!checkins.noteMood(inbound.user(), moodId, inbound.text())) {
            return Reply.text(chooser.choose("checkin.note.none"));
        }
        return Reply.text(chooser.choose("checkin.note.saved"));
    }

    private Reply goalAnswered(String actionId, Inbound inbound, PhraseChooser chooser) {
        String[] fields = actionId.split(":");
        Optional<GoalAnswer> answer = fields.length == 3 ? GoalAnswer.fromWireName(fields[2]) : Optional.empty();
        long goalId;
        try {
            goalId = fields.length == 3 ? Long.parseLong(fields[1]) : -1;
        } catch (NumberFormatException e) {
            goalId = -1;
        }
        if (answer.isEmpty() || !checkins.answerGoal(inbound.user(), goalId, answer.get(), inbound.at())) {
            return Reply.text(chooser.choose("goal.answer.missing"));
        }
        return Reply.text(chooser.choose("goal.answer." + answer.get().wireName()));
    }

    private Reply mood(Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        Instant now = inbound.at();
        ZoneId zone = snapshot.person().zone();
        List<MoodEntry> moods = checkins.moods(inbound.user(), now.minus(MOOD_WINDOW));
        MoodSummary summary = MoodSummary.of(moods, zone, now);
        if (summary == null) {
            return Reply.text(chooser.choose("mood.none"));
        }
        String first = chooser.choose(moods.size() == 1 ? "mood.summary.average.one" : "mood.summary.average", Map.of(
                "average", String.format(Locale.ROOT, "%.1f", summary.average()),
                "count", String.valueOf(moods.size())));
        String streak = summary.streak() >= 2
                ? " " + chooser.choose("mood.summary.streak", Map.of("days", String.valueOf(summary.streak()))) : "";
        String days;
        if (summary.byDay().size() == 1) {
            days = chooser.choose("mood.summary.one_day", Map.of("best", DAY.format(summary.best())));
        } else if (summary.best().equals(summary.hardest())) {
            days = chooser.choose("mood.summary.steady");
        } else {
            days = chooser.choose("mood.summary.days", Map.of("best", DAY.format(summary.best()),
                    "hardest", DAY.format(summary.hardest())));
        }
        String second = days + streak;
        LocalDate last = now.atZone(zone).toLocalDate();
        LocalDate firstDay = last.minusDays(MOOD_WINDOW.toDays() - 1);
        byte[] png = chart.render(moods, zone, firstDay, last);
        String alt = MoodChart.altText(moods, zone, firstDay, last, book);
        List<String> parts = new ArrayList<>();
        parts.add(first + "\n" + second);
        notes(moods, zone, chooser).ifPresent(parts::add);
        return Reply.text(parts)
                .withAttachments(List.of(new Attachment("hearth-mood.png", "image/png", png, alt)));
    }

    /** The person's latest notes with their time and mood, newest last; empty when there are none. */
    private Optional<String> notes(List<MoodEntry> moods, ZoneId zone, PhraseChooser chooser) {
        List<MoodEntry> noted = moods.stream().filter(m -> !m.note().isBlank()).toList();
        if (noted.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add(chooser.choose("mood.notes.header"));
        for (MoodEntry m : noted.subList(Math.max(0, noted.size() - NOTES_SHOWN), noted.size())) {
            lines.add("- " + NOTE_TIME.format(m.recordedAt().atZone(zone)) + " ("
                    + book.first("button.mood." + m.score(), String.valueOf(m.score())) + "): " + m.note());
        }
        return Optional.of(String.join("\n", lines));
    }

    /**
     * Stores someone Hearth has not met before their first mood or reminder (the rows need them), and
     * then says what Hearth is, since their next message will no longer count as a first contact.
     */
    private List<String> ensureStored(PersonSnapshot snapshot, Instant now, PhraseChooser chooser) {
        if (!snapshot.isNew()) {
            return List.of();
        }
        people.record(new TurnRecord(snapshot.person().seenAt(now),
                snapshot.state().toBuilder().lastDisclosureAt(now).build(), List.of(), List.of(), CrisisLevel.NONE));
        return List.of(chooser.choose("checkin.disclose.first"));
    }

    private static TurnResult result(List<Reply> replies, PersonSnapshot snapshot) {
        return new TurnResult(replies, Analysis.empty(snapshot.state().stage()));
    }
}
