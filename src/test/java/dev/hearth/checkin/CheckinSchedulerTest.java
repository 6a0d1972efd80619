package dev.hearth.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.Button;
import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.CheckinScheduler;
import dev.hearth.core.checkin.DaySet;
import dev.hearth.core.checkin.Outcome;
import dev.hearth.core.checkin.Recurrence;
import dev.hearth.core.checkin.TickReport;
import dev.hearth.core.outbox.DurableOutbox;
import dev.hearth.core.outbox.OutboxPump;
import dev.hearth.core.person.DialogueState;
import dev.hearth.core.person.Person;
import dev.hearth.core.person.StoredGoal;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.understand.Goal;
import dev.hearth.data.YamlResources;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiCheckinStore;
import dev.hearth.store.JdbiOutboxStore;
import dev.hearth.store.JdbiPersonStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The check-in scheduler")
class CheckinSchedulerTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId UTC = ZoneOffset.UTC;
    static final PhraseBook PHRASES = new YamlResources("en").phrases();

    Database database;
    JdbiPersonStore people;
    JdbiCheckinStore checkins;
    MutableClock clock;
    RecordingOutbox outbox;
    CheckinScheduler scheduler;

    @BeforeEach
    void open() {
        database = Database.open(Database.memoryUrl("checkins-" + UUID.randomUUID()), "", 4);
        clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"));
        people = new JdbiPersonStore(database, 50, clock);
        checkins = new JdbiCheckinStore(database);
        outbox = new RecordingOutbox("fake", clock);
        scheduler = new CheckinScheduler(checkins, Set.of(outbox), PHRASES, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    UserRef person(String id, boolean paused, boolean proactiveOk) {
        UserRef user = new UserRef("fake", id);
        Instant now = clock.instant();
        Person person = new Person(user, "", "", "", UTC, proactiveOk, paused, now, now);
        people.record(new TurnRecord(person, DialogueState.fresh(now), List.of(), List.of(), CrisisLevel.NONE));
        return user;
    }

    UserRef remindedAt(String id, LocalTime time, ZoneId zone) {
        UserRef user = person(id, false, true);
        Recurrence recurrence = new Recurrence(DaySet.DAILY, time, zone);
        checkins.saveReminder(user, recurrence, recurrence.nextAfter(clock.instant()), clock.instant());
        return user;
    }

    /** Runs the scheduler every {@code step} until {@code end}, as the runner would. */
    void runUntil(Instant end, Duration step) {
        while (clock.instant().isBefore(end)) {
            clock.advance(step);
            scheduler.runDue();
        }
    }

    List<LocalTime> localSendTimes(ZoneId zone) {
        return outbox.sent().stream().map(s -> s.at().atZone(zone).toLocalTime()).toList();
    }

    @Test
    @DisplayName("a 09:00 Berlin check-in arrives at 09:00 local on each day around the spring change")
    void springForward() {
        clock.set(Instant.parse("2026-03-27T12:00:00Z"));
        remindedAt("sam", LocalTime.of(9, 0), BERLIN);

        runUntil(Instant.parse("2026-03-30T12:00:00Z"), Duration.ofMinutes(5));

        assertThat(outbox.sent()).extracting(RecordingOutbox.Sent::at).containsExactly(
                Instant.parse("2026-03-28T08:00:00Z"), Instant.parse("2026-03-29T07:00:00Z"),
                Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(localSendTimes(BERLIN)).containsOnly(LocalTime.of(9, 0));
    }

    @Test
    @DisplayName("a 09:00 Berlin check-in arrives at 09:00 local on each day around the autumn change")
    void fallBack() {
        clock.set(Instant.parse("2026-10-23T12:00:00Z"));
        remindedAt("sam", LocalTime.of(9, 0), BERLIN);

        runUntil(Instant.parse("2026-10-26T12:00:00Z"), Duration.ofMinutes(5));

        assertThat(outbox.sent()).extracting(RecordingOutbox.Sent::at).containsExactly(
                Instant.parse("2026-10-24T07:00:00Z"), Instant.parse("2026-10-25T08:00:00Z"),
                Instant.parse("2026-10-26T08:00:00Z"));
    }

    @Test
    @DisplayName("02:30 is sent at 03:00 on the night it does not exist, and once on the night it happens twice")
    void gapAndOverlap() {
        clock.set(Instant.parse("2026-03-28T12:00:00Z"));
        remindedAt("night-owl", LocalTime.of(2, 30), BERLIN);
        runUntil(Instant.parse("2026-03-29T12:00:00Z"), Duration.ofMinutes(5));
        assertThat(localSendTimes(BERLIN)).containsExactly(LocalTime.of(3, 0));

        outbox.drain();
        database.jdbi().useHandle(h -> h.execute("UPDATE reminder_settings SET next_due_at = ?",
                Instant.parse("2026-10-25T00:30:00Z").atOffset(ZoneOffset.UTC)));
        clock.set(Instant.parse("2026-10-24T22:00:00Z"));
        runUntil(Instant.parse("2026-10-25T12:00:00Z"), Duration.ofMinutes(5));
        assertThat(outbox.sent()).extracting(RecordingOutbox.Sent::at)
                .containsExactly(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    @DisplayName("after a restart, a second scheduler on the same database does not send the same check-in again")
    void restartDoesNotResend() {
        remindedAt("sam", LocalTime.of(9, 0), UTC);
        clock.set(Instant.parse("2026-11-24T09:00:20Z"));
        assertThat(scheduler.runDue().count(Outcome.SENT)).isEqualTo(1);

        RecordingOutbox afterRestart = new RecordingOutbox("fake", clock);
        CheckinScheduler second = new CheckinScheduler(new JdbiCheckinStore(database), Set.of(afterRestart),
                PHRASES, clock);
        clock.advance(Duration.ofSeconds(30));
        second.runDue();

        assertThat(afterRestart.sent()).isEmpty();
        assertThat(outbox.sent()).hasSize(1);
    }

    @Test
    @DisplayName("a process that read the reminder before another claimed it does not send it: the claim is unique")
    void staleReadCannotClaimTwice() {
        remindedAt("sam", LocalTime.of(9, 0), UTC);
        clock.set(Instant.parse("2026-11-24T09:00:20Z"));
        scheduler.runDue();
        // Put the reminder back as a slow process would still see it.
        database.jdbi().useHandle(h -> h.execute("UPDATE reminder_settings SET next_due_at = ?",
                Instant.parse("2026-11-24T09:00:00Z").atOffset(ZoneOffset.UTC)));

        RecordingOutbox other = new RecordingOutbox("fake", clock);
        TickReport report = new CheckinScheduler(checkins, Set.of(other), PHRASES, clock).runDue();

        assertThat(other.sent()).isEmpty();
        assertThat(report.alreadyClaimed()).isEqualTo(1);
        assertThat(checkins.dueReminders(clock.instant(), 10)).isEmpty();
    }

    @Test
    @DisplayName("10,000 check-ins due in the same minute are each sent once, earliest due first")
    void tenThousand() {
        int count = 10_000;
        dueAtOnce(count);
        clock.set(Instant.parse("2026-11-24T09:00:30Z"));

        TickReport report = scheduler.runDue();
        scheduler.runDue();

        List<RecordingOutbox.Sent> sent = outbox.sent();
        assertThat(report.count(Outcome.SENT)).isEqualTo(count);
        assertThat(sent).hasSize(count);
        Set<String> distinct = new HashSet<>();
        sent.forEach(s -> distinct.add(s.person().id()));
        assertThat(distinct).hasSize(count);
        List<Integer> minuteOrder = new ArrayList<>();
        for (RecordingOutbox.Sent s : sent) {
            minuteOrder.add(Integer.parseInt(s.person().id().substring(1)) % 2 == 1 ? 0 : 1);
        }
        assertThat(minuteOrder).isSorted();
    }

    @Test
    @DisplayName("a paused person, or one who does not allow Hearth to write first, gets nothing")
    void pausedGetsNothing() {
        UserRef paused = person("paused", true, true);
        UserRef quiet = person("quiet", false, false);
        Recurrence nine = new Recurrence(DaySet.DAILY, LocalTime.of(9, 0), UTC);
        checkins.saveReminder(paused, nine, nine.nextAfter(clock.instant()), clock.instant());
        checkins.saveReminder(quiet, nine, nine.nextAfter(clock.instant()), clock.instant());

        runUntil(Instant.parse("2026-11-26T12:00:00Z"), Duration.ofMinutes(5));

        assertThat(outbox.sent()).isEmpty();
        assertThat(checkins.dueReminders(clock.instant(), 10)).isEmpty();
    }

    @Test
    @DisplayName("after resuming, the next check-in arrives as planned")
    void resumeSendsNext() {
        UserRef sam = remindedAt("sam", LocalTime.of(9, 0), UTC);
        people.setPaused(sam, true);
        runUntil(Instant.parse("2026-11-24T12:00:00Z"), Duration.ofMinutes(5));
        people.setPaused(sam, false);

        runUntil(Instant.parse("2026-11-25T12:00:00Z"), Duration.ofMinutes(5));

        assertThat(outbox.sent()).extracting(RecordingOutbox.Sent::at)
                .containsExactly(Instant.parse("2026-11-25T09:00:00Z"));
    }

    @Test
    @DisplayName("a check-in missed by less than two hours is sent late; an older one is skipped")
    void lateAndSkipped() {
        remindedAt("soon", LocalTime.of(9, 0), UTC);
        remindedAt("early", LocalTime.of(7, 0), UTC);
        // Hearth was down from 06:30 to 10:30.
        clock.set(Instant.parse("2026-11-24T10:30:00Z"));

        TickReport report = scheduler.runDue();

        assertThat(report.count(Outcome.SENT)).isEqualTo(1);
        assertThat(report.count(Outcome.LATE)).isEqualTo(1);
        assertThat(outbox.sent()).extracting(s -> s.person().id()).containsExactly("soon");
        runUntil(Instant.parse("2026-11-25T07:30:00Z"), Duration.ofMinutes(5));
        assertThat(outbox.sent()).extracting(s -> s.person().id()).containsExactly("soon", "early");
    }

    @Test
    @DisplayName("a reminder set after today's time first arrives tomorrow")
    void setAfterTimeWaitsForTomorrow() {
        clock.set(Instant.parse("2026-11-24T20:05:00Z"));
        remindedAt("sam", LocalTime.of(20, 0), UTC);

        runUntil(Instant.parse("2026-11-25T19:55:00Z"), Duration.ofMinutes(5));
        assertThat(outbox.sent()).isEmpty();
        runUntil(Instant.parse("2026-11-25T20:01:00Z"), Duration.ofMinutes(5));
        assertThat(outbox.sent()).hasSize(1);
    }

    @Test
    @DisplayName("a check-in comes with five mood buttons")
    void moodButtons() {
        remindedAt("sam", LocalTime.of(9, 0), UTC);
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));

        scheduler.runDue();

        assertThat(outbox.sent()).singleElement().satisfies(s -> {
            assertThat(s.reply().parts()).hasSize(1);
            assertThat(s.reply().buttons()).extracting(Button::id)
                    .containsExactly("mood:1", "mood:2", "mood:3", "mood:4", "mood:5");
            assertThat(s.reply().buttons()).allSatisfy(b -> assertThat(b.label()).isNotBlank());
        });
    }

    @Test
    @DisplayName("a goal due for follow-up is asked about once, with done, partly and not-yet buttons")
    void goalFollowUp() {
        UserRef sam = person("sam", false, true);
        Instant followUp = Instant.parse("2026-11-26T18:00:00Z");
        Person stored = people.load(sam, UTC, clock.instant()).person();
        people.record(new TurnRecord(stored, DialogueState.fresh(clock.instant()), List.of(),
                List.of(new Goal("take a short walk", "a few times this week", followUp)), CrisisLevel.NONE));
        long goalId = people.goals(sam).get(0).id();

        runUntil(Instant.parse("2026-11-27T12:00:00Z"), Duration.ofMinutes(10));

        assertThat(outbox.sent()).singleElement().satisfies(s -> {
            assertThat(s.at()).isEqualTo(followUp);
            assertThat(s.reply().joinedText()).contains("take a short walk");
            assertThat(s.reply().buttons()).extracting(Button::id).containsExactly(
                    "goal:" + goalId + ":done", "goal:" + goalId + ":partly", "goal:" + goalId + ":not-yet");
        });
        assertThat(people.goals(sam)).extracting(StoredGoal::status).containsExactly("active");
    }

    @Test
    @DisplayName("a paused person's goal follow-up is not sent")
    void pausedGoalNotSent() {
        UserRef sam = person("sam", true, true);
        Person stored = people.load(sam, UTC, clock.instant()).person();
        people.record(new TurnRecord(stored, DialogueState.fresh(clock.instant()), List.of(),
                List.of(new Goal("call my sister", "tomorrow", Instant.parse("2026-11-25T19:00:00Z"))),
                CrisisLevel.NONE));

        runUntil(Instant.parse("2026-11-26T12:00:00Z"), Duration.ofMinutes(10));

        assertThat(outbox.sent()).isEmpty();
    }

    @Test
    @DisplayName("10,000 check-ins due at once leave through the stored outbox at the platform's pace, each once, "
            + "earliest first, also when Hearth restarts half way")
    void tenThousandThroughStoredOutbox() {
        int count = 10_000;
        dueAtOnce(count);
        clock.set(Instant.parse("2026-11-24T09:00:30Z"));
        JdbiOutboxStore stored = new JdbiOutboxStore(database);
        FakeCourier before = new FakeCourier("fake", clock);
        CheckinScheduler durable = new CheckinScheduler(checkins, Set.of(new DurableOutbox("fake", stored, clock)),
                PHRASES, clock);
        durable.runDue();
        int perSecond = 30;    // Telegram's overall limit

        OutboxPump first = new OutboxPump(stored, Set.of(before), clock);
        drive(first, before, perSecond, 150);
        // Stop: what the platform still held is not sent, and its leases are given back for the next start.
        first.releaseUnsettled();
        FakeCourier after = new FakeCourier("fake", clock);
        OutboxPump restarted = new OutboxPump(stored, Set.of(after), clock);
        restarted.pump();
        drive(restarted, after, perSecond, 400);

        List<FakeCourier.Sent> sent = new ArrayList<>(before.delivered());
        sent.addAll(after.delivered());
        assertThat(sent).hasSize(count);
        assertThat(sent.stream().map(s -> s.message().recipient().id()).distinct()).hasSize(count);
        List<Integer> minuteOrder = sent.stream()
                .map(s -> Integer.parseInt(s.message().recipient().id().substring(1)) % 2 == 1 ? 0 : 1).toList();
        assertThat(minuteOrder).isSorted();
        for (int second = 0; second * perSecond < sent.size(); second++) {
            Instant at = sent.get(second * perSecond).at();
            int inThatSecond = (int) sent.stream().filter(s -> s.at().equals(at)).count();
            assertThat(inThatSecond).as("sent in one second").isLessThanOrEqualTo(perSecond);
        }
        assertThat(stored.waiting("fake")).isZero();
    }

    /** Each simulated second: one pump, then the platform sends what its rate limit allows. */
    void drive(OutboxPump pump, FakeCourier courier, int perSecond, int seconds) {
        for (int second = 0; second < seconds; second++) {
            pump.pump();
            courier.sendUpTo(perSecond);
            clock.advance(Duration.ofSeconds(1));
        }
    }

    /** Odd people due at 08:59, even people at 09:00, all on the same morning. */
    void dueAtOnce(int count) {
        Instant created = clock.instant();
        database.jdbi().useTransaction(h -> {
            PreparedBatch users = h.prepareBatch("INSERT INTO users (id, platform, platform_id, timezone, "
                    + "created_at, last_seen_at) VALUES (:id, 'fake', :pid, 'UTC', :at, :at)");
            PreparedBatch reminders = h.prepareBatch("INSERT INTO reminder_settings (user_id, days, local_time, "
                    + "zone, enabled, next_due_at, updated_at) VALUES (:id, 'daily', :time, 'UTC', TRUE, :due, :at)");
            for (int i = 1; i <= count; i++) {
                // Odd people at 08:59, even people at 09:00: the 08:59 half must go first.
                LocalTime time = i % 2 == 1 ? LocalTime.of(8, 59) : LocalTime.of(9, 0);
                users.bind("id", i).bind("pid", "p" + i).bind("at", created.atOffset(ZoneOffset.UTC)).add();
                reminders.bind("id", i).bind("time", time)
                        .bind("due", Instant.parse("2026-11-24T00:00:00Z").plusSeconds(time.toSecondOfDay())
                                .atOffset(ZoneOffset.UTC))
                        .bind("at", created.atOffset(ZoneOffset.UTC)).add();
            }
            users.execute();
            reminders.execute();
        });
    }
}
