package dev.hearth.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.core.Attachment;
import dev.hearth.core.Button;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.command.CommandRouter;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The data rights a person has through commands: pause, export and forget, checked in the store. */
@DisplayName("A person's data rights")
class DataRightsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    TestHearth hearth;
    FakePlatform platform;
    FakePlatform.Person ana;
    FakePlatform.Person ben;

    @BeforeEach
    void start() {
        hearth = TestHearth.create();
        platform = hearth.platform();
        ana = platform.person("ana");
        ben = platform.person("ben");
    }

    @AfterEach
    void stop() {
        hearth.close();
    }

    /** Two people with a little history each: names, a worry, a plan. */
    void twoPeopleTalk() {
        ana.says("hi, my name is Marisol");
        ben.says("hello, my name is Thaddeus");
        ana.says("I've felt so lonely since I moved to Kilkenny, the flumbergast at work never ends");
        ben.says("work in Ouagadougou is crushing me and my snorkelwhit project keeps failing");
        ana.says("I think I'll take a short walk along the river in Kilkenny tomorrow");
        ben.says("I'll call my brother in Ouagadougou this weekend");
    }

    @Test
    @DisplayName("/pause sets the pause in the store, talking keeps it, /resume clears it; others are untouched")
    void pauseAndResume() {
        twoPeopleTalk();

        ana.says("/pause");
        assertThat(paused("ana")).isTrue();
        assertThat(paused("ben")).isFalse();

        ana.says("still a rough day in Kilkenny, honestly");
        assertThat(paused("ana")).as("a conversation turn keeps the pause").isTrue();

        ana.says("/resume");
        assertThat(paused("ana")).isFalse();
        assertThat(paused("ben")).isFalse();
    }

    @Test
    @DisplayName("/export sends a JSON file with the person's goals and messages and nothing of anyone else")
    void export() throws Exception {
        twoPeopleTalk();

        TurnResult result = ana.says("/export");

        Attachment file = singleAttachment(result);
        assertThat(file.fileName()).endsWith(".json");
        assertThat(file.mediaType()).isEqualTo("application/json");
        JsonNode export = JSON.readTree(file.content());
        assertThat(export.get("person").get("id").asText()).isEqualTo("ana");
        assertThat(export.get("users")).singleElement()
                .satisfies(u -> assertThat(u.get("platform_id").asText()).isEqualTo("ana"));
        assertThat(texts(export.get("goals"))).anySatisfy(g -> assertThat(g).contains("walk"));
        assertThat(texts(export.get("messages")))
                .anySatisfy(m -> assertThat(m).contains("Kilkenny").contains("flumbergast"))
                .anySatisfy(m -> assertThat(m).contains("river in Kilkenny"));
        // Nothing of Ben's: not his id, name, place, made-up word or goal, anywhere in the file.
        String whole = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(whole).doesNotContainIgnoringCase("Thaddeus").doesNotContainIgnoringCase("Ouagadougou")
                .doesNotContainIgnoringCase("snorkelwhit").doesNotContainIgnoringCase("brother")
                .doesNotContain("\"ben\"");
        long benId = userId("ben").orElseThrow();
        for (JsonNode table : export) {
            if (table.isArray()) {
                table.forEach(row -> assertThat(row.path("user_id").asLong(-1)).isNotEqualTo(benId));
            }
        }
    }

    @Test
    @DisplayName("/forget asks first; confirming leaves no row with the person's id in any table, others kept")
    void forget() {
        twoPeopleTalk();
        long anaId = userId("ana").orElseThrow();
        long benId = userId("ben").orElseThrow();
        int benRowsBefore = rowsOf(benId);

        // /forget alone only asks, with a confirm button
        TurnResult asked = ana.says("/forget");
        assertThat(asked.replies()).flatExtracting(Reply::buttons).extracting(Button::id)
                .contains(CommandRouter.FORGET_CONFIRM, CommandRouter.FORGET_CANCEL);
        assertThat(rowsOf(anaId)).isPositive();

        // cancelling keeps everything
        ana.presses(CommandRouter.FORGET_CANCEL);
        assertThat(rowsOf(anaId)).isPositive();

        // confirming deletes everything
        ana.presses(CommandRouter.FORGET_CONFIRM);

        assertThat(userId("ana")).isEmpty();
        for (String table : tablesWithUserId()) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE user_id = " + anaId))
                    .as("rows of Ana left in %s", table).isZero();
        }
        assertThat(count("SELECT COUNT(*) FROM users WHERE id = " + anaId)).isZero();
        assertThat(rowsOf(benId)).as("Ben's rows").isEqualTo(benRowsBefore);
        assertThat(hearth.store().goals(ben.user())).isNotEmpty();
    }

    @Test
    @DisplayName("after /forget, Hearth meets the person as new and their export is empty")
    void forgottenIsNew() throws Exception {
        twoPeopleTalk();
        ana.presses(CommandRouter.FORGET_CONFIRM);

        JsonNode export = JSON.readTree(singleAttachment(ana.says("/export")).content());

        assertThat(export.has("messages")).isFalse();
        assertThat(export.has("users")).isFalse();
        assertThat(hearth.store().goals(ana.user())).isEmpty();
        assertThat(hearth.store().load(ana.user(), java.time.ZoneOffset.UTC, platform.now()).isNew()).isTrue();
    }

    private static Attachment singleAttachment(TurnResult result) {
        List<Attachment> files = result.replies().stream().flatMap(r -> r.attachments().stream()).toList();
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private static List<String> texts(JsonNode rows) {
        List<String> texts = new ArrayList<>();
        rows.forEach(row -> texts.add(row.get("text").asText()));
        return texts;
    }

    private boolean paused(String platformId) {
        return hearth.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT paused FROM users WHERE platform = 'fake' AND platform_id = :p")
                .bind("p", platformId).mapTo(Boolean.class).one());
    }

    private Optional<Long> userId(String platformId) {
        return hearth.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT id FROM users WHERE platform = 'fake' AND platform_id = :p")
                .bind("p", platformId).mapTo(Long.class).findOne());
    }

    /** Every table with a user_id column, read from the schema so a new table is checked too. */
    private List<String> tablesWithUserId() {
        List<String> tables = hearth.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT DISTINCT LOWER(table_name) FROM information_schema.columns "
                                + "WHERE LOWER(table_schema) = 'public' AND LOWER(column_name) = 'user_id'")
                .mapTo(String.class).list());
        assertThat(tables).contains("messages", "goals", "dialogue_state");
        return tables;
    }

    /** The person's rows in every table that holds people, users included. */
    private int rowsOf(long id) {
        int rows = count("SELECT COUNT(*) FROM users WHERE id = " + id);
        for (String table : tablesWithUserId()) {
            rows += count("SELECT COUNT(*) FROM " + table + " WHERE user_id = " + id);
        }
        return rows;
    }

    private int count(String sql) {
        return hearth.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
