package dev.hearth.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Hearth's whole configuration, typed: what {@code bot-config/hearth.yaml} says, with the environment
 * variables of DESIGN.md laid over it. Tokens and keys come only from the environment and are never
 * printed ({@link #toString()} hides them).
 */
public record HearthConfig(
        Path dataDir,
        String logLevel,
        Database database,
        Conversation conversation,
        Privacy privacy,
        Safety safety,
        Telegram telegram,
        Discord discord,
        Llm llm) {

    /** The configuration without a language model: replies come from the embedded engine only. */
    public HearthConfig(Path dataDir, String logLevel, Database database, Conversation conversation, Privacy privacy,
                        Safety safety, Telegram telegram, Discord discord) {
        this(dataDir, logLevel, database, conversation, privacy, safety, telegram, discord, Llm.off());
    }

    public HearthConfig {
        llm = llm == null ? Llm.off() : llm;
    }

    /**
     * The optional language model that phrases replies (an OpenAI-compatible chat endpoint): its base
     * URL ({@code llm.base-url}, {@code HEARTH_LLM_URL}; empty means off), model name ({@code llm.model},
     * {@code HEARTH_LLM_MODEL}), how long a reply may take ({@code llm.timeout}) and the key (only from
     * {@code HEARTH_LLM_KEY}, never printed).
     */
    public record Llm(String baseUrl, String model, java.time.Duration timeout, Optional<String> key) {
        /** The default: no model. */
        public static Llm off() {
            return new Llm("", "", java.time.Duration.ofSeconds(10), Optional.empty());
        }

        /** True when a model is configured. */
        public boolean enabled() {
            return !baseUrl.isBlank();
        }

        @Override
        public String toString() {
            return "Llm[baseUrl=" + baseUrl.replaceAll("//[^/@]*@", "//***@") + ", model=" + model + ", timeout=" + timeout + ", key="
                    + (key.isPresent() ? "(set)" : "(none)") + "]";
        }
    }

    /** Where and how state is stored. {@code url} empty means an H2 file in the data directory. */
    public record Database(String url, Optional<String> key, int maxConnections) {
        @Override
        public String toString() {
            String shown = url.replaceAll("(?i)(password=)[^;&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
            return "Database[url=" + shown + ", key=" + (key.isPresent() ? "(set)" : "(none)")
                    + ", maxConnections=" + maxConnections + "]";
        }
    }

    /** The conversation engine's tunables. */
    public record Conversation(ZoneId defaultTimezone, int disclosureIntervalHours, int returnAfterHours,
                               int maxMessageLength, int crisisCareHours, int maxMessagesPerMinute) {
    }

    /** What is kept and for how long. */
    public record Privacy(int messageRetentionDays, int maxMessagesPerPerson) {
    }

    /** The crisis resources file and the country used when a person's is unknown. */
    public record Safety(Path crisisResourcesFile, String defaultCountry) {
    }

    /** Telegram: the token (environment only) and the Bot API base URL. */
    public record Telegram(Optional<String> token, String apiUrl) {
        @Override
        public String toString() {
            return "Telegram[token=" + (token.isPresent() ? "(set)" : "(none)") + ", apiUrl=" + apiUrl + "]";
        }
    }

    /** Discord: the token (environment only) and this process's share of the shards. */
    public record Discord(Optional<String> token, int totalShards, int shardMin, int shardMax, boolean memberEvents) {
        @Override
        public String toString() {
            return "Discord[token=" + (token.isPresent() ? "(set)" : "(none)") + ", totalShards=" + totalShards
                    + ", shards=" + shardMin + ".." + shardMax + ", memberEvents=" + memberEvents + "]";
        }
    }
}
