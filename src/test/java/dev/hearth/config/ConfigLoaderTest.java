package dev.hearth.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Configuration")
class ConfigLoaderTest {
    @TempDir
    Path home;

    HearthConfig load(String yaml, Map<String, String> env) throws IOException {
        Files.createDirectories(home.resolve("bot-config"));
        Files.writeString(home.resolve("bot-config/hearth.yaml"), yaml);
        return new ConfigLoader(env, home).load();
    }

    @Test
    @DisplayName("the committed hearth.yaml loads as the defaults")
    void committedFileLoads() {
        HearthConfig config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath()).load();
        assertThat(config.conversation().defaultTimezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.privacy().maxMessagesPerPerson()).isEqualTo(200);
        assertThat(config.privacy().messageRetentionDays()).isEqualTo(30);
        assertThat(config.telegram().apiUrl()).isEqualTo("https://api.telegram.org");
        assertThat(config.telegram().token()).isEmpty();
        assertThat(config.discord().token()).isEmpty();
        assertThat(config.discord().memberEvents()).isFalse();
    }

    @Test
    @DisplayName("with no file at all, defaults apply")
    void noFile() {
        HearthConfig config = new ConfigLoader(Map.of(), home).load();
        assertThat(config.dataDir()).isEqualTo(home.resolve("data"));
        assertThat(config.conversation().maxMessageLength()).isEqualTo(4000);
    }

    @Test
    @DisplayName("environment variables override the file")
    void environmentWins() throws IOException {
        HearthConfig config = load("data-dir: ./elsewhere\ntelegram:\n  api-url: http://file\n", Map.of(
                "HEARTH_DATA_DIR", "/srv/hearth", "TELEGRAM_API_URL", "http://localhost:8081",
                "TELEGRAM_BOT_TOKEN", "123:abc", "DISCORD_TOKEN", " tok ", "HEARTH_DB_KEY", "secret",
                "HEARTH_DB_URL", "jdbc:h2:mem:x", "HEARTH_LOG_LEVEL", "DEBUG"));
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/hearth"));
        assertThat(config.telegram().apiUrl()).isEqualTo("http://localhost:8081");
        assertThat(config.telegram().token()).contains("123:abc");
        assertThat(config.discord().token()).contains("tok");
        assertThat(config.database().key()).contains("secret");
        assertThat(config.database().url()).isEqualTo("jdbc:h2:mem:x");
        assertThat(config.logLevel()).isEqualTo("debug");
    }

    @Test
    @DisplayName("HEARTH_CONFIG points at another file")
    void otherFile() throws IOException {
        Path other = home.resolve("mine.yaml");
        Files.writeString(other, "conversation:\n  default-timezone: Europe/Berlin\n");
        HearthConfig config = new ConfigLoader(Map.of("HEARTH_CONFIG", other.toString()), home).load();
        assertThat(config.conversation().defaultTimezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    @DisplayName("secrets never show in the configuration's text form")
    void secretsHidden() throws IOException {
        HearthConfig config = load("", Map.of("TELEGRAM_BOT_TOKEN", "123456:SECRET", "DISCORD_TOKEN", "DSECRET",
                "HEARTH_DB_KEY", "KSECRET", "HEARTH_DB_URL", "jdbc:postgresql://hearth:PSECRET@db/hearth?password=QSECRET"));
        assertThat(config.toString()).doesNotContain("SECRET");
    }

    @Test
    @DisplayName("an unknown key is named")
    void unknownKey() {
        assertThatThrownBy(() -> load("conversation:\n  default-timezon: UTC\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'conversation.default-timezon'");
    }

    @Test
    @DisplayName("a value of the wrong type is named")
    void wrongType() throws IOException {
        assertThatThrownBy(() -> load("privacy:\n  max-messages-per-person: lots\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'privacy.max-messages-per-person'")
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> load("discord:\n  member-events: sometimes\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'discord.member-events'")
                .hasMessageContaining("true or false");
        assertThat(load("discord:\n  member-events: true\n", Map.of()).discord().memberEvents()).isTrue();
    }

    @Test
    @DisplayName("an unknown time zone is named")
    void unknownZone() {
        assertThatThrownBy(() -> load("conversation:\n  default-timezone: Mars/Olympus\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'conversation.default-timezone'")
                .hasMessageContaining("Mars/Olympus");
    }

    @Test
    @DisplayName("broken YAML, a missing HEARTH_CONFIG file and a bad log level each give one sentence")
    void otherErrors() {
        assertThatThrownBy(() -> load("conversation: [unclosed\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("HEARTH_CONFIG", "/nope/hearth.yaml"), home).load())
                .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_CONFIG");
        assertThatThrownBy(() -> load("", Map.of("HEARTH_LOG_LEVEL", "chatty")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("log-level");
        assertThatThrownBy(() -> load("discord:\n  total-shards: 2\n  shard-max: 2\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("shard");
    }

    @Test
    @DisplayName("the language model is off by default, in the committed file and without one")
    void llmOffByDefault() {
        HearthConfig committed = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath()).load();
        assertThat(committed.llm().enabled()).isFalse();
        assertThat(committed.llm().timeout()).isEqualTo(java.time.Duration.ofSeconds(10));
        assertThat(new ConfigLoader(Map.of(), home).load().llm().enabled()).isFalse();
        assertThat(new ConfigLoader(Map.of("HEARTH_LLM_KEY", "k"), home).load().llm().key()).isEmpty();
    }

    @Test
    @DisplayName("llm settings come from the file, HEARTH_LLM_URL and HEARTH_LLM_MODEL override them, the key only from HEARTH_LLM_KEY")
    void llmSettings() throws IOException {
        HearthConfig fromFile = load("llm:\n  base-url: http://localhost:11434\n  model: llama3.2:3b\n  timeout: 1500ms\n",
                Map.of());
        assertThat(fromFile.llm().enabled()).isTrue();
        assertThat(fromFile.llm().baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(fromFile.llm().model()).isEqualTo("llama3.2:3b");
        assertThat(fromFile.llm().timeout()).isEqualTo(java.time.Duration.ofMillis(1500));
        assertThat(fromFile.llm().key()).isEmpty();

        HearthConfig fromEnv = load("llm:\n  base-url: http://localhost:11434\n  model: a\n  timeout: 20\n",
                Map.of("HEARTH_LLM_URL", "http://gpu-box:8000/v1", "HEARTH_LLM_MODEL", "b", "HEARTH_LLM_KEY", "LSECRET"));
        assertThat(fromEnv.llm().baseUrl()).isEqualTo("http://gpu-box:8000/v1");
        assertThat(fromEnv.llm().model()).isEqualTo("b");
        assertThat(fromEnv.llm().timeout()).isEqualTo(java.time.Duration.ofSeconds(20));
        assertThat(fromEnv.llm().key()).contains("LSECRET");
        assertThat(fromEnv.toString()).doesNotContain("LSECRET").contains("key=(set)");
        HearthConfig withUser = load("", Map.of("HEARTH_LLM_URL", "http://me:USECRET@gpu-box:8000", "HEARTH_LLM_MODEL", "b"));
        assertThat(withUser.toString()).doesNotContain("USECRET");
    }

    @Test
    @DisplayName("a bad llm setting is one sentence naming the key")
    void llmErrors() {
        assertThatThrownBy(() -> load("llm:\n  base-url: http://localhost:11434\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'llm.model'");
        assertThatThrownBy(() -> load("", Map.of("HEARTH_LLM_URL", "localhost:11434", "HEARTH_LLM_MODEL", "m")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'llm.base-url'");
        assertThatThrownBy(() -> load("llm:\n  timeout: soon\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'llm.timeout'");
        assertThatThrownBy(() -> load("llm:\n  timeout: 0s\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'llm.timeout'");
        assertThatThrownBy(() -> load("llm:\n  key: x\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'llm.key'");
    }
}
