package dev.hearth.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.app.Maintenance;
import dev.hearth.core.UserRef;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.person.StoredMessage;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiPersonStore;
import dev.hearth.store.RetentionPurge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Daily maintenance")
class MaintenanceTest {
    static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

    /** A wall clock the test moves by hand. */
    static final class HandClock extends Clock {
        private volatile Instant now;

        HandClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    @DisplayName("runs the job at once, then only when a full day has passed on the clock")
    void daily() {
        HandClock clock = new HandClock(START);
        AtomicInteger runs = new AtomicInteger();
        Maintenance maintenance = new Maintenance(runs::incrementAndGet, clock);

        assertThat(maintenance.runIfDue()).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(maintenance.runIfDue()).isFalse();
        clock.advance(Duration.ofHours(22).plusMinutes(59));
        assertThat(maintenance.runIfDue()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(maintenance.runIfDue()).isTrue();

        assertThat(runs).hasValue(2);
        assertThat(maintenance.lastRun()).contains(START.plus(Duration.ofDays(1)));
    }

    @Test
    @DisplayName("a failed run is tried again at the next check, and the schedule goes on")
    void retryAfterFailure() {
        HandClock clock = new HandClock(START);
        AtomicInteger attempts = new AtomicInteger();
        Maintenance maintenance = new Maintenance(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("database busy");
            }
        }, clock);

        assertThat(maintenance.runIfDue()).isFalse();
        assertThat(maintenance.lastRun()).isEmpty();
        clock.advance(Maintenance.HOURLY);
        assertThat(maintenance.runIfDue()).isTrue();
        clock.advance(Maintenance.HOURLY);
        assertThat(maintenance.runIfDue()).isFalse();

        assertThat(attempts).hasValue(2);
        assertThat(maintenance.lastRun()).contains(START.plus(Maintenance.HOURLY));
    }

    @Test
    @DisplayName("a clock set back before the last run runs the job rather than waiting out the lost time")
    void clockSetBack() {
        HandClock clock = new HandClock(START);
        AtomicInteger runs = new AtomicInteger();
        Maintenance maintenance = new Maintenance(runs::incrementAndGet, clock);
        maintenance.runIfDue();

        clock.set(START.minus(Duration.ofDays(365)));

        assertThat(maintenance.runIfDue()).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    @DisplayName("start purges old messages once on a daemon thread, and stop ends that thread")
    void startAndStop() {
        Clock fixed = Clock.fixed(START, ZoneOffset.UTC);
        try (Database database = Database.open(Database.memoryUrl("maint-" + UUID.randomUUID()), "", 2)) {
            // given one old and one recent exchange
            JdbiPersonStore store = new JdbiPersonStore(database, 200, fixed);
            UserRef sam = new UserRef("fake", "sam");
            said(store, sam, "from two months ago", START.minus(Duration.ofDays(60)));
            said(store, sam, "from this morning", START.minus(Duration.ofHours(2)));
            RetentionPurge purge = RetentionPurge.days(database, 30, fixed);
            List<Thread> ranOn = new CopyOnWriteArrayList<>();
            Maintenance maintenance = new Maintenance(() -> {
                ranOn.add(Thread.currentThread());
                purge.purge();
            }, fixed);

            // when maintenance starts and is stopped straight away
            maintenance.start();
            assertThatThrownBy(maintenance::start).isInstanceOf(IllegalStateException.class);
            maintenance.stop();

            // then the first purge ran to completion before stop returned, on one daemon thread
            assertThat(ranOn).singleElement().satisfies(t -> {
                assertThat(t.isDaemon()).isTrue();
                assertThat(t).isNotSameAs(Thread.currentThread());
            });
            List<String> left = database.jdbi().withHandle(h -> h.createQuery("SELECT text FROM messages")
                    .mapTo(String.class).list());
            assertThat(left).containsExactlyInAnyOrder("from this morning", "hearth: from this morning");
            assertThat(maintenance.isRunning()).isFalse();
            assertThat(maintenance.lastRun()).contains(START);
        }
    }

    @Test
    @DisplayName("stop before start does nothing")
    void stopBeforeStart() {
        Maintenance maintenance = new Maintenance(() -> { }, Clock.fixed(START, ZoneOffset.UTC));
        maintenance.stop();
        assertThat(maintenance.isRunning()).isFalse();
        assertThat(maintenance.lastRun()).isEmpty();
    }

    @Test
    @DisplayName("an interval or check period of zero is refused")
    void positivePeriods() {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        assertThatThrownBy(() -> new Maintenance(() -> { }, clock, Duration.ZERO, Maintenance.HOURLY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Maintenance(() -> { }, clock, Maintenance.DAILY, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void said(JdbiPersonStore store, UserRef user, String text, Instant at) {
        PersonSnapshot snapshot = store.load(user, ZoneOffset.UTC, at);
        store.record(new TurnRecord(snapshot.person().seenAt(at),
                snapshot.state().toBuilder().turns(snapshot.state().turns() + 1).build(),
                List.of(new StoredMessage(StoredMessage.PERSON, text, at),
                        new StoredMessage(StoredMessage.HEARTH, "hearth: " + text, at)),
                List.of(), CrisisLevel.NONE));
    }
}
