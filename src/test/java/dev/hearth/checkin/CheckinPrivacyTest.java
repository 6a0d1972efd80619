package dev.hearth.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.core.UserRef;
import dev.hearth.core.person.DialogueState;
import dev.hearth.core.person.Person;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiPersonStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Check-in data and privacy")
class CheckinPrivacyTest {
    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    static final List<String> TABLES = List.of("moods", "reminder_settings", "checkin_occurrences", "checkin_answers");

    Database database;
    JdbiPersonStore people;
    final UserRef sam = new UserRef("fake", "sam");

    @BeforeEach
    void open() {
        database = Database.open(Database.memoryUrl("privacy-" + UUID.randomUUID()), "", 2);
        people = new JdbiPersonStore(database, 50, Clock.fixed(NOW, ZoneOffset.UTC));
        people.record(new TurnRecord(Person.newcomer(sam, ZoneOffset.UTC, NOW), DialogueState.fresh(NOW), List.of(),
                List.of(), CrisisLevel.NONE));
        CheckinFixtures.fillEveryCheckinTable(database, sam, NOW);
    }

    @AfterEach
    void close() {
        database.close();
    }

    int rows(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }

    @Test
    @DisplayName("/export includes the person's rows from every check-in table")
    void exported() throws Exception {
        JsonNode export = new ObjectMapper().readTree(people.exportJson(sam));

        for (String table : TABLES) {
            assertThat(export.path(table).size()).as("export rows of %s", table).isPositive();
        }
    }

    @Test
    @DisplayName("/forget leaves nothing of the person in any check-in table")
    void forgotten() {
        TABLES.forEach(table -> assertThat(rows(table)).as("rows in %s before", table).isPositive());

        people.forget(sam);

        TABLES.forEach(table -> assertThat(rows(table)).as("rows in %s after", table).isZero());
    }
}
