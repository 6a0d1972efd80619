package dev.hearth.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.app.Hearth;
import dev.hearth.privacy.InProcess.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HEARTH_DB_KEY, end to end through Hearth's real entry point in {@code chat} mode: what lands on disk,
 * what a wrong or missing key does, and that the right key brings the person back.
 */
@DisplayName("Encryption at rest")
class EncryptionAtRestTest {
    static final String KEY = "correct-horse-battery-staple-4417";
    static final String SENTENCE = "the zephyrine lighthouse near Brno keeps me awake at night";
    static final String NAME = "Quillon";
    static final String FIRST_RUN = "hello\nmy name is " + NAME + "\n" + SENTENCE + "\n/quit\n";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @DisplayName("with a key no file holds what was said in plain text; without one the database file does")
    void nothingReadableOnDisk() throws IOException {
        Path encrypted = Files.createDirectories(dir.resolve("encrypted"));
        Path plain = Files.createDirectories(dir.resolve("plain"));

        Run withKey = InProcess.hearth(encrypted, Map.of("HEARTH_DB_KEY", KEY), FIRST_RUN, "chat");
        Run withoutKey = InProcess.hearth(plain, Map.of(), FIRST_RUN, "chat");

        assertThat(withKey.code()).isZero();
        assertThat(withoutKey.code()).isZero();
        // The control: the same conversation is plainly readable in an unencrypted database file.
        assertThat(InProcess.filesContaining(plain, "zephyrine")).extracting(p -> p.getFileName().toString())
                .contains("hearth.mv.db");
        assertThat(InProcess.filesContaining(plain, NAME)).isNotEmpty();
        // With a key: an encrypted H2 file, and no file in the data directory gives any of it away.
        Path database = encrypted.resolve("hearth.mv.db");
        assertThat(new String(Files.readAllBytes(database), 0, 9, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
        assertThat(InProcess.fileCount(encrypted)).isPositive();
        for (String said : List.of("zephyrine", "lighthouse", NAME, "Brno")) {
            assertThat(InProcess.filesContaining(encrypted, said)).as("files holding '%s'", said).isEmpty();
        }
        assertThat(InProcess.filesContaining(encrypted, KEY)).as("files holding the key").isEmpty();
    }

    @Test
    @DisplayName("a wrong key stops Hearth with one sentence and exit code 2, and names no key")
    void wrongKey() {
        InProcess.hearth(dir, Map.of("HEARTH_DB_KEY", KEY), FIRST_RUN, "chat");

        String wrong = "not-the-key-9931";
        Run run = InProcess.hearth(dir, Map.of("HEARTH_DB_KEY", wrong), "hello\n/quit\n", "chat");

        assertThat(run.code()).isEqualTo(Hearth.BAD_CONFIGURATION);
        assertThat(run.err().strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("HEARTH_DB_KEY").endsWith(".").doesNotContain("Exception").doesNotContain("\tat "));
        assertThat(run.err()).doesNotContain(wrong).doesNotContain(KEY);
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("with the right key the person is remembered, even after a wrong key and no key were tried")
    void rightKeyRemembers() throws IOException {
        Run first = InProcess.hearth(dir, Map.of("HEARTH_DB_KEY", KEY), FIRST_RUN, "chat");
        assertThat(first.code()).isZero();

        Run wrong = InProcess.hearth(dir, Map.of("HEARTH_DB_KEY", "wrong-key-5512"), "hi\n/quit\n", "chat");
        Run none = InProcess.hearth(dir, Map.of(), "hi\n/quit\n", "chat");
        assertThat(wrong.code()).isEqualTo(Hearth.BAD_CONFIGURATION);
        // Without the key Hearth must refuse (it cannot read the file) in one sentence and leave it alone.
        assertThat(none.code()).isNotZero();
        assertThat(none.err().strip().lines()).hasSize(1);
        assertThat(none.out()).isEmpty();

        Run again = InProcess.hearth(dir, Map.of("HEARTH_DB_KEY", KEY), "/export\n/quit\n", "chat");

        assertThat(again.code()).isZero();
        JsonNode export = JSON.readTree(dir.resolve("exports").resolve("hearth-export.json").toFile());
        assertThat(export.get("users")).singleElement()
                .satisfies(u -> assertThat(u.get("name").asText()).isEqualTo(NAME));
        List<String> said = new ArrayList<>();
        export.get("messages").forEach(m -> said.add(m.get("text").asText()));
        assertThat(said).contains(SENTENCE);
    }

    @Test
    @DisplayName("a key on an existing plain database is refused in one sentence and the data stays readable")
    void noEncryptingInPlace() throws IOException {
        InProcess.hearth(dir, Map.of(), FIRST_RUN, "chat");

        Run keyed = InProcess.hearth(dir, Map.of("HEARTH_DB_KEY", KEY), "hi\n/quit\n", "chat");

        assertThat(keyed.code()).isEqualTo(Hearth.BAD_CONFIGURATION);
        assertThat(keyed.err().strip().lines()).singleElement()
                .satisfies(line -> assertThat(line).contains("HEARTH_DB_KEY").doesNotContain(KEY));
        Run plainAgain = InProcess.hearth(dir, Map.of(), "/export\n/quit\n", "chat");
        assertThat(plainAgain.code()).isZero();
        JsonNode export = JSON.readTree(dir.resolve("exports").resolve("hearth-export.json").toFile());
        assertThat(export.get("users")).singleElement()
                .satisfies(u -> assertThat(u.get("name").asText()).isEqualTo(NAME));
    }
}
