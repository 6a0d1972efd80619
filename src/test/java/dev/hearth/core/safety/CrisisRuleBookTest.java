package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The crisis rule book")
class CrisisRuleBookTest {

    @Test
    @DisplayName("loads the bundled English files")
    void loadsEnglish() {
        CrisisRuleBook book = CrisisRuleBook.load(getClass().getClassLoader(), "en");
        assertThat(book.rules()).hasSizeGreaterThan(50);
        assertThat(book.rules()).extracting(CrisisRule::family)
                .contains("suicide", "selfharm", "means", "farewell", "death", "hopeless", "burden", "weak");
    }

    @Test
    @DisplayName("never hides a rule behind its trigger words: every match on the evaluation sets is a candidate")
    void triggersCoverMatches() throws IOException {
        // given every sentence of the labelled sets
        CrisisRuleBook book = CrisisRuleBook.load(getClass().getClassLoader(), "en");
        List<Sentence> sentences = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String resource : List.of("/safety/crisis-eval.jsonl", "/safety/crisis-holdout.jsonl")) {
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        sentences.addAll(book.normalizer().normalize(json.readTree(line).get("text").asText()));
                    }
                }
            }
        }
        // when each rule runs on each sentence regardless of triggers, then a match implies a candidate
        for (Sentence s : sentences) {
            BitSet candidates = book.candidates(s);
            for (int r = 0; r < book.rules().size(); r++) {
                if (book.rules().get(r).pattern().matcher(s.text()).find()) {
                    assertThat(candidates.get(r)).as("rule %s on '%s'", book.rules().get(r).id(), s.text()).isTrue();
                }
            }
        }
    }

    @Test
    @DisplayName("a malformed rule line fails at load time, naming the file and line")
    void malformedRule(@TempDir Path dir) throws IOException {
        // given a language whose rules file uses an unknown macro on its third line
        Path folder = dir.resolve("safety/xx");
        Files.createDirectories(folder);
        for (String name : List.of("normalise.txt", "context.txt")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("safety/en/" + name)) {
                Files.write(folder.resolve(name), in.readAllBytes());
            }
        }
        Files.writeString(folder.resolve("rules.txt"), "[words]\nREFL = myself\n[rules]\nacute | a.b | - | kill | \\bkill {NOPE}\\b\n");

        // when it loads, then the error names the file and line
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> CrisisRuleBook.load(loader, "xx"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("safety/xx/rules.txt line 4")
                    .hasMessageContaining("{NOPE}");
        }
    }

    @Test
    @DisplayName("a missing language fails at load time, naming the missing file")
    void missingLanguage() {
        assertThatThrownBy(() -> LayeredCrisisDetector.forLanguage("zz"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("safety/zz/normalise.txt");
    }
}
