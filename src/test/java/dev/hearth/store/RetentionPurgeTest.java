package dev.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hearth.core.UserRef;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.person.StoredMessage;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.understand.Goal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@DisplayName("The retention purge")
class RetentionPurgeTest {
    static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");
    static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);

    Database database;
    JdbiPersonStore store;
    final UserRef sam = new UserRef("telegram", "42");
    final UserRef alex = new UserRef("discord", "7");

    @BeforeEach
    void open() {
        database = Database.open(Database.memoryUrl("purge-" + UUID.randomUUID()), "", 2);
        store = new JdbiPersonStore(database, 200, FIXED);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** One turn as the engine records it: the person's words and Hearth's reply, both at {@code at}. */
    void said(UserRef user, String text, Instant at, List<Goal> goals, CrisisLevel crisis) {
        PersonSnapshot snapshot = store.load(user, ZoneOffset.UTC, at);
        store.record(new TurnRecord(snapshot.person().seenAt(at),
                snapshot.state().toBuilder().turns(snapshot.state().turns() + 1).build(),
                List.of(new StoredMessage(StoredMessage.PERSON, text, at),
                        new StoredMessage(StoredMessage.HEARTH, "reply to " + text, at)),
                goals, crisis));
    }

    void said(UserRef user, String text, Instant at) {
        said(user, text, at, List.of(), CrisisLevel.NONE);
    }

    @Test
    @DisplayName("old messages go, recent ones stay, and other people and other tables are untouched")
    void oldGoRecentStay() {
        // given Sam's history spans two months, Alex's only last week
        said(sam, "sam long ago", NOW.minus(Duration.ofDays(60)),
                List.of(new Goal("walk at lunch", "this week", NOW.minus(Duration.ofDays(57)))), CrisisLevel.CONCERN);
        said(sam, "sam last month", NOW.minus(Duration.ofDays(31)));
        said(sam, "sam yesterday", NOW.minus(Duration.ofDays(1)));
        said(alex, "alex last week", NOW.minus(Duration.ofDays(7)));

        // when the daily purge runs with a 30-day retention
        int deleted = RetentionPurge.days(database, 30, FIXED).purge();

        // then only the text older than 30 days is gone, for both authors
        assertThat(deleted).isEqualTo(4);
        assertThat(texts()).containsExactlyInAnyOrder("sam yesterday", "reply to sam yesterday",
                "alex last week", "reply to alex last week");
        // and profiles, goals and crisis events are kept until /forget
        assertThat(count("users")).isEqualTo(2);
        assertThat(store.goals(sam)).extracting(g -> g.text()).containsExactly("walk at lunch");
        assertThat(store.crisisEventsSince(sam, Instant.EPOCH)).isEqualTo(1);
    }

    @Test
    @DisplayName("a message exactly at the retention limit stays; one a second older goes")
    void boundary() {
        Instant limit = NOW.minus(Duration.ofDays(30));
        said(sam, "at the limit", limit);
        said(alex, "just past it", limit.minusSeconds(1));

        int deleted = RetentionPurge.days(database, 30, FIXED).purge();

        assertThat(deleted).isEqualTo(2);
        assertThat(texts()).containsExactlyInAnyOrder("at the limit", "reply to at the limit");
    }

    @Test
    @DisplayName("a second purge on the same day finds nothing more to delete")
    void idempotent() {
        said(sam, "old", NOW.minus(Duration.ofDays(45)));
        said(sam, "new", NOW.minus(Duration.ofHours(2)));
        RetentionPurge purge = RetentionPurge.days(database, 30, FIXED);

        assertThat(purge.purge()).isEqualTo(2);
        assertThat(purge.purge()).isZero();
        assertThat(texts()).containsExactlyInAnyOrder("new", "reply to new");
    }

    @Test
    @DisplayName("the cutoff follows the clock: the same history ages out as days pass")
    void followsTheClock() {
        said(sam, "written today", NOW);
        Instant later = NOW.plus(Duration.ofDays(31));

        assertThat(RetentionPurge.days(database, 30, FIXED).purge()).isZero();
        assertThat(RetentionPurge.days(database, 30, Clock.fixed(later, ZoneOffset.UTC)).purge()).isEqualTo(2);
        assertThat(count("messages")).isZero();
    }

    @Test
    @DisplayName("a backlog of several batches is deleted in full, and exactly, leaving the recent ones")
    void backlog() {
        said(sam, "recent", NOW.minus(Duration.ofDays(3)));
        long samId = database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM users").mapTo(Long.class).one());
        int old = 2 * RetentionPurge.BATCH + 1;
        database.jdbi().useTransaction(h -> {
            var batch = h.prepareBatch("INSERT INTO messages (user_id, author, text, created_at) VALUES (:u, 'person', :t, :at)");
            for (int i = 0; i < old; i++) {
                batch.bind("u", samId).bind("t", "old " + i)
                        .bind("at", NOW.minus(Duration.ofDays(31)).minusSeconds(i).atOffset(ZoneOffset.UTC)).add();
            }
            batch.execute();
        });

        int deleted = RetentionPurge.days(database, 30, FIXED).purge();

        assertThat(deleted).isEqualTo(old);
        assertThat(texts()).containsExactlyInAnyOrder("recent", "reply to recent");
    }

    @Test
    @DisplayName("it logs how many messages it deleted at info, and never what they said")
    void logsCountNotText() {
        said(sam, "my secret about the marmalade quarry", NOW.minus(Duration.ofDays(40)));
        Logger logger = (Logger) LoggerFactory.getLogger(RetentionPurge.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        Level before = logger.getLevel();
        logger.setLevel(Level.TRACE);
        try {
            RetentionPurge.days(database, 30, FIXED).purge();
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }

        assertThat(appender.list).filteredOn(e -> e.getLevel() == Level.INFO)
                .singleElement().satisfies(e -> assertThat(e.getArgumentArray()).contains(2));
        assertThat(appender.list).allSatisfy(e ->
                assertThat(e.getFormattedMessage()).doesNotContain("marmalade").doesNotContain("42"));
    }

    @Test
    @DisplayName("a retention of zero or less is refused")
    void positiveRetention() {
        assertThatThrownBy(() -> RetentionPurge.days(database, 0, FIXED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPurge(database, Duration.ofDays(-1), FIXED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> texts() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT text FROM messages")
                .mapTo(String.class).list());
    }

    private int count(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }
}
