package dev.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.checkin.CheckinFixtures;
import dev.hearth.core.UserRef;
import dev.hearth.core.person.DialogueState;
import dev.hearth.core.person.Person;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.person.StoredMessage;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.respond.Stage;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.understand.Goal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The H2 person store")
class JdbiPersonStoreTest {
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final ZoneId UTC = ZoneOffset.UTC;

    Database database;
    JdbiPersonStore store;
    final UserRef sam = new UserRef("telegram", "42");
    final UserRef alex = new UserRef("discord", "7");

    @BeforeEach
    void open() {
        database = Database.open(Database.memoryUrl("store-" + UUID.randomUUID()), "", 4);
        store = new JdbiPersonStore(database, 5, Clock.fixed(NOW, UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    TurnRecord turn(UserRef user, String said, Instant at, List<Goal> goals, CrisisLevel crisis) {
        PersonSnapshot snapshot = store.load(user, UTC, at);
        DialogueState state = snapshot.state().toBuilder().turns(snapshot.state().turns() + 1)
                .stage(Stage.COMFORTING).topics(List.of("work", "sleep")).lastConcern("work was piling up")
                .recentPhrases(List.of("1|restate#2", "1|ask.deeper#0")).build();
        return new TurnRecord(snapshot.person().seenAt(at).withName("Sam"), state,
                List.of(new StoredMessage(StoredMessage.PERSON, said, at),
                        new StoredMessage(StoredMessage.HEARTH, "reply to " + said, at)), goals, crisis);
    }

    @Test
    @DisplayName("a newcomer is not stored until their first turn is recorded")
    void newcomer() {
        PersonSnapshot snapshot = store.load(sam, UTC, NOW);
        assertThat(snapshot.isNew()).isTrue();
        assertThat(store.goals(sam)).isEmpty();
        assertThat(rows("users")).isZero();
    }

    @Test
    @DisplayName("a recorded turn comes back with profile, state and goals")
    void roundTrip() {
        Goal walk = new Goal("take a short walk", "a few times this week", NOW.plusSeconds(86400 * 3));
        store.record(turn(sam, "I'm tired", NOW, List.of(walk), CrisisLevel.NONE));

        PersonSnapshot loaded = store.load(sam, UTC, NOW.plusSeconds(60));
        assertThat(loaded.isNew()).isFalse();
        assertThat(loaded.person().name()).isEqualTo("Sam");
        assertThat(loaded.person().lastSeenAt()).isEqualTo(NOW);
        assertThat(loaded.state().stage()).isEqualTo(Stage.COMFORTING);
        assertThat(loaded.state().topics()).containsExactly("work", "sleep");
        assertThat(loaded.state().lastConcern()).isEqualTo("work was piling up");
        assertThat(loaded.state().recentPhrases()).containsExactly("1|restate#2", "1|ask.deeper#0");
        assertThat(loaded.goals()).singleElement().satisfies(g -> {
            assertThat(g.text()).isEqualTo("take a short walk");
            assertThat(g.cadence()).isEqualTo("a few times this week");
            assertThat(g.followUpAt()).isEqualTo(walk.followUpAt());
            assertThat(g.isActive()).isTrue();
        });
    }

    @Test
    @DisplayName("SQL-looking text is stored as text")
    void sqlLookingText() {
        String said = "'); DROP TABLE users; --";
        store.record(turn(sam, said, NOW, List.of(), CrisisLevel.NONE));
        assertThat(rows("users")).isEqualTo(1);
        String stored = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT text FROM messages WHERE author = 'person'").mapTo(String.class).one());
        assertThat(stored).isEqualTo(said);
    }

    @Test
    @DisplayName("message history is bounded per person, newest kept")
    void boundedHistory() {
        for (int i = 0; i < 6; i++) {
            store.record(turn(sam, "message " + i, NOW.plusSeconds(i), List.of(), CrisisLevel.NONE));
        }
        List<String> kept = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT text FROM messages ORDER BY id").mapTo(String.class).list());
        assertThat(kept).hasSize(5).last().isEqualTo("reply to message 5");
    }

    @Test
    @DisplayName("a failing turn stores nothing: one transaction")
    void oneTransaction() {
        store.record(turn(sam, "first", NOW, List.of(), CrisisLevel.NONE));
        String tooLong = "x".repeat(70);
        Goal broken = new Goal("fine", tooLong, NOW); // cadence is VARCHAR(64): the insert fails
        assertThatThrownBy(() -> store.record(turn(sam, "second", NOW.plusSeconds(5), List.of(broken),
                CrisisLevel.NONE))).isInstanceOf(RuntimeException.class);

        assertThat(rows("messages")).isEqualTo(2);
        assertThat(store.load(sam, UTC, NOW).state().turns()).isEqualTo(1);
        assertThat(store.load(sam, UTC, NOW).person().lastSeenAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("crisis events are stored as level and time, never text")
    void crisisEvents() {
        store.record(turn(sam, "something heavy", NOW, List.of(), CrisisLevel.CONCERN));
        assertThat(store.crisisEventsSince(sam, NOW.minusSeconds(1))).isEqualTo(1);
        List<String> columns = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'crisis_events'")
                .mapTo(String.class).list());
        assertThat(columns).doesNotContain("text", "message", "note");
    }

    @Test
    @DisplayName("forget deletes the person from every table and leaves others alone")
    void forget() {
        store.record(turn(sam, "mine", NOW, List.of(new Goal("walk", "soon", NOW)), CrisisLevel.CONCERN));
        store.record(turn(alex, "theirs", NOW, List.of(new Goal("read", "soon", NOW)), CrisisLevel.NONE));

        store.forget(sam);

        assertThat(store.load(sam, UTC, NOW).isNew()).isTrue();
        assertThat(store.goals(sam)).isEmpty();
        assertThat(store.crisisEventsSince(sam, Instant.EPOCH)).isZero();
        assertThat(store.goals(alex)).hasSize(1);
        assertThat(rows("messages")).isEqualTo(2);
    }

    @Test
    @DisplayName("export and forget cover every table that holds a person, read from the schema")
    void coverage() throws Exception {
        store.record(turn(sam, "mine", NOW, List.of(new Goal("walk", "soon", NOW)), CrisisLevel.CONCERN));
        CheckinFixtures.fillEveryCheckinTable(database, sam, NOW);
        database.jdbi().useHandle(h -> h.execute("INSERT INTO support_requests (user_id, space, offered_at) "
                + "SELECT id, 'guild-1', ? FROM users WHERE platform = ? AND platform_id = ?",
                NOW.atOffset(ZoneOffset.UTC), sam.platform(), sam.id()));
        for (String insert : List.of(
                "INSERT INTO safety_plan_steps (user_id, step, answer, updated_at) SELECT id, 1, 'x', ? FROM users ",
                "INSERT INTO awaited_answers (user_id, kind, subject, asked_at) SELECT id, 'safety-plan', 2, ? FROM users ",
                "INSERT INTO summary_settings (user_id, next_due_at) SELECT id, ? FROM users ")) {
            database.jdbi().useHandle(h -> h.execute(insert + "WHERE platform = ? AND platform_id = ?",
                    NOW.atOffset(ZoneOffset.UTC), sam.platform(), sam.id()));
        }
        List<String> tables = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT DISTINCT LOWER(table_name) FROM information_schema.columns "
                        + "WHERE LOWER(table_schema) = 'public' AND LOWER(column_name) IN ('user_id', 'platform_id')")
                .mapTo(String.class).list());
        assertThat(tables).contains("users", "dialogue_state", "messages", "goals", "crisis_events");

        JsonNode export = new ObjectMapper().readTree(store.exportJson(sam));
        for (String table : tables) {
            assertThat(export.has(table)).as("export has %s", table).isTrue();
            assertThat(export.get(table).size()).as("export rows of %s", table).isPositive();
        }
        store.forget(sam);
        for (String table : tables) {
            assertThat(rows(table)).as("rows left in %s", table).isZero();
        }
    }

    @Test
    @DisplayName("a second Hearth on the same data directory gets one clear sentence")
    void secondProcess(@TempDir Path dir) throws Exception {
        String url = Database.fileUrl(dir, false);
        try (Database first = Database.open(url, "", 2)) {
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SecondOpener.class.getName(), url)
                    .redirectErrorStream(true).start();
            String output = new String(second.getInputStream().readAllBytes()).strip();
            assertThat(second.waitFor()).isEqualTo(3);
            assertThat(output).startsWith("Another Hearth is already using the database").doesNotContain("Exception");
        }
    }

    /** Opens a database in another process, as a second Hearth would; exit 3 on StoreException. */
    public static final class SecondOpener {
        public static void main(String[] args) {
            try (Database db = Database.open(args[0], "", 1)) {
                System.out.println("opened");
            } catch (StoreException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
        }
    }

    private int rows(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }
}
