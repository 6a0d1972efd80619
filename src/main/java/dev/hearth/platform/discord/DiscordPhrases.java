package dev.hearth.platform.discord;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The few sentences the Discord adapter says on its own, outside a core turn (closed direct messages, a
 * refused admin command, an error), read from {@code phrases/en/discord.yaml}: a map from a dotted key
 * to a list of variants, one picked at random each time so Hearth does not sound canned.
 */
public final class DiscordPhrases {
    /** Where the phrase file lives on the class path. */
    public static final String RESOURCE = "/phrases/en/discord.yaml";

    static final String DM_CLOSED = "discord.dm.closed";
    static final String DM_SENT = "discord.dm.sent";
    static final String TALK_SENT = "discord.talk.sent";
    static final String ADMIN_REFUSED = "discord.admin.refused";
    static final String ADMIN_SERVER_ONLY = "discord.admin.server_only";
    static final String COMMAND_UNKNOWN = "discord.command.unknown";
    static final String ERROR = "discord.error";

    /** Every key the adapter uses; the phrase file must define each. */
    static final Set<String> KEYS =
            Set.of(DM_CLOSED, DM_SENT, TALK_SENT, ADMIN_REFUSED, ADMIN_SERVER_ONLY, COMMAND_UNKNOWN, ERROR);

    private final Map<String, List<String>> variants;
    private final RandomGenerator random;

    /**
     * @throws IllegalArgumentException if a key the adapter uses has no variant
     */
    public DiscordPhrases(Map<String, List<String>> variants, RandomGenerator random) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        variants.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        for (String key : KEYS) {
            if (copy.getOrDefault(key, List.of()).isEmpty()) {
                throw new IllegalArgumentException("The Discord phrase file has no variants for " + key + ".");
            }
        }
        this.variants = Map.copyOf(copy);
        this.random = random;
    }

    /** Reads the phrase file from the class path. */
    public static DiscordPhrases load(RandomGenerator random) {
        try (InputStream in = DiscordPhrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The Discord phrase file " + RESOURCE + " is missing.");
            }
            Map<String, List<String>> read = new ObjectMapper(new YAMLFactory())
                    .readValue(in, new TypeReference<Map<String, List<String>>>() { });
            return new DiscordPhrases(read, random);
        } catch (IOException e) {
            throw new UncheckedIOException("The Discord phrase file " + RESOURCE + " cannot be read.", e);
        }
    }

    /** One variant for the key, chosen at random. */
    public String pick(String key) {
        List<String> list = variants.get(key);
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("No Discord phrase for " + key);
        }
        synchronized (random) { // turns run on many threads; most generators are not thread-safe
            return list.get(random.nextInt(list.size()));
        }
    }

    /** All variants for the key, for tests that check a sentence came from it. */
    public List<String> variants(String key) {
        return variants.getOrDefault(key, List.of());
    }
}
