package dev.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.core.understand.EmotionLabels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contracts of DESIGN.md, run through Hearth's real entry point. */
@DisplayName("The command line")
class HearthCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> STRATEGIES = List.of("Question", "Restatement or Paraphrasing",
            "Reflection of feelings", "Self-disclosure", "Affirmation and Reassurance", "Providing Suggestions",
            "Information", "Others");

    @TempDir
    Path dataDir;

    record Run(int code, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> nodes = new java.util.ArrayList<>();
            for (String line : out.strip().split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    Run run(String stdin, Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("HEARTH_DATA_DIR", dataDir.toString()));
        env.putAll(extraEnv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Hearth(env, Path.of("").toAbsolutePath(), Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"),
                ZoneOffset.UTC), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("replay prints one JSON line with replies and every analysis field, and timing on stderr")
    void replayContract() throws IOException {
        Run run = run("{\"conversation\":\"a\",\"text\":\"I feel so down today\"}\n", Map.of(), "replay");

        assertThat(run.code()).isZero();
        JsonNode line = run.lines().get(0);
        assertThat(line.get("conversation").asText()).isEqualTo("a");
        assertThat(line.get("text").asText()).isEqualTo("I feel so down today");
        assertThat(line.get("replies").size()).isPositive();
        JsonNode analysis = line.get("analysis");
        assertThat(analysis.get("emotions").size()).isEqualTo(28);
        EmotionLabels.ALL.forEach(label -> assertThat(analysis.get("emotions").get(label).asDouble()).isBetween(0.0, 1.0));
        assertThat(analysis.get("feelings").isArray()).isTrue();
        assertThat(analysis.get("topics").isArray()).isTrue();
        assertThat(analysis.get("crisis").asText()).isIn("none", "concern", "acute");
        assertThat(analysis.get("stage").asText()).isIn("exploration", "comforting", "action", "closing", "crisis");
        analysis.get("strategies").forEach(s -> assertThat(s.asText()).isIn(STRATEGIES));
        assertThat(analysis.get("goals").isArray()).isTrue();
        assertThat(analysis.get("realiser").asText()).isEqualTo("embedded");
        assertThat(run.err()).containsPattern("replay: 1 turns, p50 [0-9.]+ ms, p99 [0-9.]+ ms per turn");
    }

    @Test
    @DisplayName("replay keeps conversations apart, lets 'at' drive the clock and stores goals with cadence")
    void replayConversations() throws IOException {
        String input = """
                {"conversation":"c1","text":"hi","at":"2026-11-25T09:00:00Z"}
                {"conversation":"c2","text":"hello there","at":"2026-11-25T09:00:00Z"}
                {"conversation":"c1","text":"I'll take a short walk tomorrow","at":"2026-11-25T09:05:00Z"}
                not json at all
                """;
        Run run = run(input, Map.of(), "replay");

        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(4);
        JsonNode goal = lines.get(2).get("analysis").get("goals").get(0);
        assertThat(goal.get("cadence").asText()).isEqualTo("tomorrow");
        assertThat(goal.get("follow_up_at").asText()).startsWith("2026-11-26T19:00");
        assertThat(lines.get(3).get("error").asText()).isNotBlank();
        // Both people get a first-contact disclosure: each conversation is a distinct person.
        assertThat(lines.get(0).get("replies").size()).isEqualTo(lines.get(1).get("replies").size());
    }

    @Test
    @DisplayName("replay --db keeps the person between runs")
    void replayWithDb() throws IOException {
        Path db = dataDir.resolve("replaydb");
        run("{\"conversation\":\"m\",\"text\":\"my name is Robin and work is crushing me\"}\n", Map.of(),
                "replay", "--db", db.toString());
        Run second = run("{\"conversation\":\"m\",\"text\":\"hi again\",\"at\":\"2026-11-27T09:00:00Z\"}\n",
                Map.of(), "replay", "--db", db.toString());
        assertThat(second.lines().get(0).get("replies").toString()).doesNotContain("I'm Hearth, an automated");
        assertThat(Files.exists(db)).isTrue();
    }

    @Test
    @DisplayName("classify reads JSONL or plain lines and writes emotions, feelings and crisis level")
    void classifyContract() throws IOException {
        Run run = run("{\"id\":\"x1\",\"text\":\"thank you so much, I'm so grateful\"}\nI feel so lonely\n",
                Map.of(), "classify");

        assertThat(run.code()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("x1");
        assertThat(lines.get(1).get("id").asText()).isEqualTo("2");
        assertThat(lines.get(0).get("emotions").size()).isEqualTo(28);
        assertThat(lines.get(1).get("feelings").toString()).contains("lonely");
        assertThat(lines.get(1).get("crisis").asText()).isIn("none", "concern", "acute");
        assertThat(run.err()).contains("classify: 2 messages");
    }

    @Test
    @DisplayName("bad usage and bad configuration exit with code 2 and one sentence")
    void exitCodes() throws IOException {
        Run usage = run("", Map.of(), "dance");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err().strip().lines()).hasSize(1);

        Run missing = run("", Map.of(), "replay", dataDir.resolve("no-such-file.jsonl").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).hasSize(1);

        Path bad = dataDir.resolve("bad.yaml");
        Files.writeString(bad, "conversation:\n  default-timezone: Nowhere/Land\n");
        Run config = run("", Map.of("HEARTH_CONFIG", bad.toString()), "chat");
        assertThat(config.code()).isEqualTo(2);
        assertThat(config.err()).contains("conversation.default-timezone").doesNotContain("Exception");
        assertThat(config.err().strip().lines()).hasSize(1);
    }

    @Test
    @DisplayName("chat answers in the terminal and /help lists the commands")
    void chat() {
        Run run = run("hello\n/help\n/goals\n/quit\n", Map.of(), "chat");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("hearth>").contains("/goals").contains("/forget");
    }
}
