package dev.hearth.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.hearth.app.Hearth;
import dev.hearth.app.StoreModule;
import dev.hearth.config.ConfigLoader;
import dev.hearth.config.HearthConfig;
import dev.hearth.platform.discord.DiscordSettings;
import dev.hearth.platform.telegram.TelegramSettings;
import dev.hearth.privacy.InProcess.Run;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Tokens and keys never leave the process, at any log level; what people say stays out of logs at
 * info and above. Hearth runs in-process with every log event and both standard streams captured.
 */
@DisplayName("Secrets and what people say stay out of logs and output")
class SecretsTest {
    // Built from pieces so that secret scanners do not mistake these obviously fake tokens for real ones.
    static final String TELEGRAM_TOKEN = "7331999000" + ":AA" + "HfAkEtElEgRaMtOkEnFoRtEsTsOnLy_q9";
    static final String DISCORD_TOKEN = "MTMzNzEzMzcxMzM3MTMzNzEz" + ".GfAkEd." + "dIsCoRdToKeNfOrTeStSoNlYxYz";
    static final String DB_KEY = "db-key-s3cr3t-Vx81";
    /** The secrets, and a distinctive piece of each in case something prints part of one. */
    static final List<String> SECRETS = List.of(TELEGRAM_TOKEN, "AAHfAkEtElEgRaM", DISCORD_TOKEN, "dIsCoRdToKeN",
            DB_KEY, "s3cr3t-Vx81");
    static final List<String> SAID = List.of("Quillon", "zephyrine", "lighthouse", "Brno", "marmalade");
    static final String CONVERSATION = """
            hello
            my name is Quillon
            the zephyrine lighthouse near Brno keeps me awake at night
            I think I'll take a short walk to the marmalade market tomorrow
            /goals
            /quit
            """;
    /** Loggers whose levels Hearth changes at start (root, and the quiet ones in logback.xml). */
    static final List<String> LEVELLED = List.of(org.slf4j.Logger.ROOT_LOGGER_NAME,
            "net.dv8tion.jda.internal.requests", "net.dv8tion.jda.internal.JDAImpl");

    @TempDir
    Path dataDir;

    final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    final ListAppender<ILoggingEvent> events = new ListAppender<>();
    final Map<String, Level> levelsBefore = new LinkedHashMap<>();
    final ByteArrayOutputStream jvmOut = new ByteArrayOutputStream();
    final ByteArrayOutputStream jvmErr = new ByteArrayOutputStream();
    PrintStream realOut;
    PrintStream realErr;

    @BeforeEach
    void capture() {
        LEVELLED.forEach(name -> levelsBefore.put(name, logging.getLogger(name).getLevel()));
        events.setContext(logging);
        events.start();
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(events);
        // Anything written straight to the JVM's streams (the console log appender, a library's
        // printStackTrace) is captured too, and still passed on.
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(new Tee(realOut, jvmOut), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(realErr, jvmErr), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void release() {
        System.setOut(realOut);
        System.setErr(realErr);
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(events);
        events.stop();
        levelsBefore.forEach((name, level) -> logging.getLogger(name).setLevel(level));
    }

    static Map<String, String> envWithSecrets(Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("HEARTH_DATA_DIR", dataDir.toString());
        env.put("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN);
        env.put("DISCORD_TOKEN", DISCORD_TOKEN);
        env.put("HEARTH_DB_KEY", DB_KEY);
        env.put("HEARTH_LOG_LEVEL", "trace");
        return env;
    }

    @Test
    @DisplayName("a conversation at trace level shows no token or key anywhere, and no words at info or above")
    void conversationAtTrace() {
        Run run = InProcess.hearth(dataDir, envWithSecrets(dataDir), CONVERSATION, "chat");
        Level rootDuringRun = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel();

        assertThat(run.code()).isZero();
        assertThat(rootDuringRun).as("HEARTH_LOG_LEVEL took effect").isEqualTo(Level.TRACE);
        assertThat(run.out()).as("the conversation happened").contains("hearth>");
        assertNoSecrets();
        for (ILoggingEvent event : events.list) {
            if (event.getLevel().isGreaterOrEqual(Level.INFO)) {
                for (String word : SAID) {
                    assertThat(describe(event)).as("an %s log", event.getLevel()).doesNotContainIgnoringCase(word);
                }
            }
        }
        for (String word : SAID) {
            assertThat(run.err()).as("Hearth's stderr").doesNotContainIgnoringCase(word);
        }
        for (String secret : SECRETS) {
            assertThat(InProcess.filesContaining(dataDir, secret)).as("files holding a secret").isEmpty();
        }
    }

    @Test
    @DisplayName("a failed start at trace level logs its stack trace without the key it was given")
    void failureAtTrace() {
        Map<String, String> first = new HashMap<>(envWithSecrets(dataDir));
        first.put("HEARTH_LOG_LEVEL", "warn");
        InProcess.hearth(dataDir, first, "hello\n/quit\n", "chat");
        Map<String, String> wrongKey = new HashMap<>(envWithSecrets(dataDir));
        wrongKey.put("HEARTH_DB_KEY", "another-s3cr3t-Vx81");

        Run run = InProcess.hearth(dataDir, wrongKey, "hello\n/quit\n", "chat");

        assertThat(run.code()).isEqualTo(Hearth.BAD_CONFIGURATION);
        assertThat(events.list).as("the failure was logged with its cause")
                .anySatisfy(e -> assertThat(e.getThrowableProxy()).isNotNull());
        assertNoSecrets();
        for (ILoggingEvent event : events.list) {
            assertThat(describe(event)).doesNotContain("another-s3cr3t-Vx81");
        }
        assertThat(run.err()).doesNotContain("another-s3cr3t-Vx81");
    }

    @Test
    @DisplayName("a platform that cannot log in, at trace level, is reported without its token")
    void platformFailureAtTrace() {
        // This machine has no route to Discord: start fails quickly, after JDA has logged what it tried.
        Run run = InProcess.hearth(dataDir, envWithSecrets(dataDir), "", "run");

        assertThat(run.code()).isEqualTo(Hearth.RUNTIME_FAILURE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(events.list).as("the libraries logged at trace").isNotEmpty();
        assertNoSecrets();
        for (String secret : SECRETS) {
            assertThat(run.err()).doesNotContain(secret);
            assertThat(run.out()).doesNotContain(secret);
        }
    }

    @Test
    @DisplayName("the configuration and the platform settings hide tokens and the key when printed")
    void printedSettingsHideSecrets() {
        HearthConfig config = new ConfigLoader(envWithSecrets(dataDir), Path.of("").toAbsolutePath()).load();

        List<String> printed = List.of(config.toString(), config.database().toString(),
                config.telegram().toString(), config.discord().toString(), StoreModule.urlFor(config),
                DiscordSettings.singleShard(DISCORD_TOKEN).toString(),
                new DiscordSettings(DISCORD_TOKEN, 4, 1, 2).toString(),
                new TelegramSettings(TELEGRAM_TOKEN, "https://api.telegram.org").toString());

        for (String text : printed) {
            for (String secret : SECRETS) {
                assertThat(text).doesNotContain(secret);
            }
        }
        // They still say whether a secret is set, which is what an operator needs to know.
        assertThat(config.toString()).contains("key=(set)").contains("token=(set)");
        assertThat(config.telegram().token()).contains(TELEGRAM_TOKEN);
        assertThat(config.database().key()).contains(DB_KEY);
    }

    private void assertNoSecrets() {
        String jvmStreams = jvmOut.toString(StandardCharsets.UTF_8) + jvmErr.toString(StandardCharsets.UTF_8);
        for (String secret : SECRETS) {
            for (ILoggingEvent event : events.list) {
                assertThat(describe(event)).as("a %s log", event.getLevel()).doesNotContain(secret);
            }
            assertThat(jvmStreams).as("the JVM's stdout and stderr").doesNotContain(secret);
        }
    }

    /** Everything an appender could print for the event. */
    private static String describe(ILoggingEvent event) {
        StringBuilder all = new StringBuilder()
                .append(event.getLoggerName()).append(' ').append(event.getThreadName()).append(' ')
                .append(event.getMessage()).append(' ').append(event.getFormattedMessage()).append(' ')
                .append(event.getMDCPropertyMap());
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                all.append(' ').append(argument);
            }
        }
        if (event.getThrowableProxy() != null) {
            all.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        return all.toString();
    }

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}
