package dev.hearth.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code hearth.yaml} (or the file {@code HEARTH_CONFIG} names), then lays the environment
 * variables over it. Every key is known in advance: an unknown key, a value of the wrong type, or an
 * unknown time zone gives a {@link ConfigException} with one sentence naming the key.
 */
public final class ConfigLoader {
    /** The keys hearth.yaml may hold, in dotted form. */
    private static final Set<String> KNOWN = Set.of(
            "data-dir", "log-level",
            "database", "database.url", "database.max-connections",
            "conversation", "conversation.default-timezone", "conversation.disclosure-interval-hours",
            "conversation.return-after-hours", "conversation.max-message-length", "conversation.crisis-care-hours",
            "conversation.max-messages-per-minute",
            "privacy", "privacy.message-retention-days", "privacy.max-messages-per-person",
            "safety", "safety.crisis-resources-file", "safety.default-country",
            "telegram", "telegram.api-url",
            "discord", "discord.total-shards", "discord.shard-min", "discord.shard-max", "discord.member-events",
            "llm", "llm.base-url", "llm.model", "llm.timeout");
    private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error", "off");

    private final Map<String, String> env;
    private final Path home;

    /**
     * @param env  the environment (System.getenv() in production, a map in tests)
     * @param home the folder relative paths are resolved against: Hearth's install folder
     */
    public ConfigLoader(Map<String, String> env, Path home) {
        this.env = env;
        this.home = home;
    }

    /** The configuration, or a ConfigException naming what is wrong. */
    public HearthConfig load() {
        JsonNode root = read(configFile());
        checkKeys(root, "");
        Path dataDir = home.resolve(envOr("HEARTH_DATA_DIR", text(root, "data-dir", "./data"))).normalize();
        String logLevel = envOr("HEARTH_LOG_LEVEL", text(root, "log-level", "info")).toLowerCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(logLevel)) {
            throw new ConfigException("Setting 'log-level' (HEARTH_LOG_LEVEL) must be one of trace, debug, info, "
                    + "warn, error or off, not '" + logLevel + "'.");
        }
        var database = new HearthConfig.Database(
                envOr("HEARTH_DB_URL", text(root, "database.url", "")),
                Optional.ofNullable(env.get("HEARTH_DB_KEY")).filter(k -> !k.isBlank()),
                positive(root, "database.max-connections", 8));
        var conversation = new HearthConfig.Conversation(
                zone(root, "conversation.default-timezone", "UTC"),
                positive(root, "conversation.disclosure-interval-hours", 3),
                positive(root, "conversation.return-after-hours", 6),
                positive(root, "conversation.max-message-length", 4000),
                positive(root, "conversation.crisis-care-hours", 24),
                positive(root, "conversation.max-messages-per-minute", 20));
        var privacy = new HearthConfig.Privacy(
                positive(root, "privacy.message-retention-days", 30),
                positive(root, "privacy.max-messages-per-person", 200));
        var safety = new HearthConfig.Safety(
                home.resolve(text(root, "safety.crisis-resources-file", "bot-config/crisis-resources.yaml")).normalize(),
                text(root, "safety.default-country", "").toUpperCase(Locale.ROOT));
        var telegram = new HearthConfig.Telegram(token("TELEGRAM_BOT_TOKEN"),
                envOr("TELEGRAM_API_URL", text(root, "telegram.api-url", "https://api.telegram.org")));
        if (!telegram.apiUrl().startsWith("http://") && !telegram.apiUrl().startsWith("https://")) {
            throw new ConfigException("Setting 'telegram.api-url' (TELEGRAM_API_URL) must be an http or https URL.");
        }
        int totalShards = positive(root, "discord.total-shards", 1);
        int shardMin = whole(root, "discord.shard-min", 0);
        int shardMax = whole(root, "discord.shard-max", totalShards - 1);
        if (shardMin < 0 || shardMax < shardMin || shardMax >= totalShards) {
            throw new ConfigException("Settings 'discord.shard-min' and 'discord.shard-max' must satisfy "
                    + "0 <= shard-min <= shard-max < total-shards (" + totalShards + ").");
        }
        var discord = new HearthConfig.Discord(token("DISCORD_TOKEN"), totalShards, shardMin, shardMax,
                flag(root, "discord.member-events", false));
        return new HearthConfig(dataDir, logLevel, database, conversation, privacy, safety, telegram, discord,
                llm(root));
    }

    private HearthConfig.Llm llm(JsonNode root) {
        String baseUrl = envOr("HEARTH_LLM_URL", text(root, "llm.base-url", "")).strip();
        String model = envOr("HEARTH_LLM_MODEL", text(root, "llm.model", "")).strip();
        java.time.Duration timeout = duration(root, "llm.timeout", "10s");
        if (baseUrl.isEmpty()) {
            return new HearthConfig.Llm("", model, timeout, java.util.Optional.empty());
        }
        if (!baseUrl.matches("(?i)https?://[^\\s/?#]+[^\\s?#]*")) {
            throw new ConfigException("Setting 'llm.base-url' (HEARTH_LLM_URL) must be an http or https URL "
                    + "without a query, such as http://localhost:11434.");
        }
        if (model.isEmpty()) {
            throw new ConfigException("Setting 'llm.model' (HEARTH_LLM_MODEL) must name the model when "
                    + "'llm.base-url' is set.");
        }
        return new HearthConfig.Llm(baseUrl, model, timeout, token("HEARTH_LLM_KEY"));
    }

    /** A duration written as 10s, 1500ms or a plain number of seconds; above zero and at most ten minutes. */
    private static java.time.Duration duration(JsonNode root, String key, String fallback) {
        String value = text(root, key, fallback).strip().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})\\s*(ms|s)?").matcher(value);
        if (!m.matches()) {
            throw new ConfigException("Setting '" + key + "' must be a duration such as 10s or 1500ms, not '"
                    + value + "'.");
        }
        long amount = Long.parseLong(m.group(1));
        java.time.Duration duration = "ms".equals(m.group(2))
                ? java.time.Duration.ofMillis(amount) : java.time.Duration.ofSeconds(amount);
        if (duration.isZero() || duration.compareTo(java.time.Duration.ofMinutes(10)) > 0) {
            throw new ConfigException("Setting '" + key + "' must be above zero and at most 10 minutes, not '"
                    + value + "'.");
        }
        return duration;
    }

    private Optional<Path> configFile() {
        String named = env.get("HEARTH_CONFIG");
        if (named != null && !named.isBlank()) {
            Path path = home.resolve(named);
            if (!Files.isRegularFile(path)) {
                throw new ConfigException("HEARTH_CONFIG names " + path + ", which is not a readable file.");
            }
            return Optional.of(path);
        }
        Path standard = home.resolve("bot-config/hearth.yaml");
        return Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
    }

    private static JsonNode read(Optional<Path> file) {
        if (file.isEmpty()) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(file.get().toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return MissingNode.getInstance();
            }
            if (!node.isObject()) {
                throw new ConfigException(file.get() + " must be a YAML map of settings.");
            }
            return node;
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
            throw new ConfigException(file.get() + " is not valid YAML: " + reason);
        }
    }

    private static void checkKeys(JsonNode node, String prefix) {
        if (!node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            if (!KNOWN.contains(key)) {
                throw new ConfigException("Unknown setting '" + key + "' in the configuration file.");
            }
            checkKeys(field.getValue(), key);
        }
    }

    private static JsonNode at(JsonNode root, String dotted) {
        JsonNode node = root;
        for (String part : dotted.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private static String text(JsonNode root, String key, String fallback) {
        JsonNode node = at(root, key);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isValueNode()) {
            throw new ConfigException("Setting '" + key + "' must be a single value, not a " + describe(node) + ".");
        }
        return node.asText();
    }

    private static int whole(JsonNode root, String key, int fallback) {
        JsonNode node = at(root, key);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new ConfigException("Setting '" + key + "' must be a whole number, not '" + node.asText() + "'.");
        }
        return node.asInt();
    }

    private static boolean flag(JsonNode root, String key, boolean fallback) {
        JsonNode node = at(root, key);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw new ConfigException("Setting '" + key + "' must be true or false, not '" + node.asText() + "'.");
        }
        return node.asBoolean();
    }

    private static int positive(JsonNode root, String key, int fallback) {
        int value = whole(root, key, fallback);
        if (value <= 0) {
            throw new ConfigException("Setting '" + key + "' must be greater than zero, not " + value + ".");
        }
        return value;
    }

    private static ZoneId zone(JsonNode root, String key, String fallback) {
        String id = text(root, key, fallback);
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new ConfigException("Setting '" + key + "' is not a known time zone: '" + id
                    + "' (use a name like Europe/Berlin or America/New_York).");
        }
    }

    private static String describe(JsonNode node) {
        return node.getNodeType() == JsonNodeType.ARRAY ? "list" : "map";
    }

    private String envOr(String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private Optional<String> token(String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(t -> !t.isEmpty());
    }
}
