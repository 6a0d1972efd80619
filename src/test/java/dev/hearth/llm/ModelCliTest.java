package dev.hearth.llm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.app.Hearth;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** {@code scripts/run replay} with and without a model: which realiser phrased each reply, and what is logged. */
@DisplayName("Replay and logs with an optional language model")
class ModelCliTest {
    static final String KEY = "sk-" + "llm-" + "Zq81fAkE";
    static final String INPUT = """
            {"conversation":"c1","text":"the zephyrine lighthouse keeps me awake","at":"2026-11-25T09:00:00Z"}
            {"conversation":"c1","text":"work at the marmalade factory is hard","at":"2026-11-25T09:02:00Z"}
            """;

    @TempDir
    Path dataDir;
    ChatStandIn model;
    final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    final ListAppender<ILoggingEvent> events = new ListAppender<>();
    Level rootBefore;

    @BeforeEach
    void start() {
        model = new ChatStandIn();
        rootBefore = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel();
        events.setContext(logging);
        events.start();
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(events);
    }

    @AfterEach
    void stop() {
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(events);
        events.stop();
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(rootBefore);
        model.close();
    }

    List<JsonNode> replay(Map<String, String> extra) throws IOException {
        Map<String, String> env = new HashMap<>(Map.of("HEARTH_DATA_DIR", dataDir.toString()));
        env.putAll(extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Hearth(env, Path.of("").toAbsolutePath(), Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"),
                ZoneOffset.UTC), new ByteArrayInputStream(INPUT.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run(List.of("replay"));
        assertThat(code).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            lines.add(ChatStandIn.JSON.readTree(line));
        }
        return lines;
    }

    @Test
    @DisplayName("replay records analysis.realiser for every reply, and why a model reply was not used")
    void realiserInReplay() throws IOException {
        List<JsonNode> embedded = replay(Map.of());
        assertThat(embedded).hasSize(2).allSatisfy(line -> {
            assertThat(line.path("analysis").path("realiser").asText()).isEqualTo("embedded");
            assertThat(line.path("analysis").has("model_fault")).isFalse();
        });

        model.replies("Being kept awake night after night sounds draining.");
        model.replies("I'm a real person too, and I get it.");
        List<JsonNode> withModel = replay(Map.of("HEARTH_LLM_URL", model.baseUrl(), "HEARTH_LLM_MODEL", "m"));
        assertThat(withModel.get(0).path("analysis").path("realiser").asText()).isEqualTo("llm");
        assertThat(withModel.get(0).path("replies").toString()).contains("sounds draining");
        assertThat(withModel.get(1).path("analysis").path("realiser").asText()).isEqualTo("embedded");
        assertThat(withModel.get(1).path("analysis").path("model_fault").asText()).isEqualTo("claims-human");
        assertThat(withModel.get(1).path("replies").toString()).doesNotContain("real person");
        assertThat(model.requests()).hasSize(2);
    }

    @Test
    @DisplayName("at trace level the key is never logged; at info and above neither their words nor the model's are")
    void logs() throws IOException {
        model.replies("I'm a real person too, and I get it.");
        replay(Map.of("HEARTH_LLM_URL", model.baseUrl(), "HEARTH_LLM_MODEL", "m", "HEARTH_LLM_KEY", KEY,
                "HEARTH_LOG_LEVEL", "trace"));

        assertThat(model.requests()).hasSize(2);
        assertThat(model.requests().get(0).authorization()).isEqualTo("Bearer " + KEY);
        assertThat(events.list).isNotEmpty();
        for (ILoggingEvent event : events.list) {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : event.getThrowableProxy().getMessage());
            assertThat(text).doesNotContain(KEY).doesNotContain("Zq81fAkE");
            if (event.getLevel().isGreaterOrEqual(Level.INFO)) {
                assertThat(text).doesNotContainIgnoringCase("zephyrine").doesNotContainIgnoringCase("marmalade")
                        .doesNotContain("real person");
            }
        }
        assertThat(events.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("claims-human"));
    }
}
