package dev.hearth.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The lines an adapter sends a server's support team, read from {@code phrases/en/support.yaml}: Hearth's own
 * sentences, never anything a person said. Adapters outside a core turn have no phrase chooser, so they pick
 * among these variants themselves.
 */
public final class SupportLines {
    /** Where the support phrasing lives. */
    public static final String RESOURCE = "/phrases/en/support.yaml";

    private SupportLines() {
    }

    /**
     * The variants of one key.
     *
     * @throws IllegalStateException if the file or the key is missing
     */
    public static List<String> load(String key) {
        try (InputStream in = SupportLines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The support phrase file " + RESOURCE + " is missing.");
            }
            Map<String, List<String>> read = new ObjectMapper(new YAMLFactory())
                    .readValue(in, new TypeReference<Map<String, List<String>>>() { });
            List<String> lines = read.getOrDefault(key, List.of());
            if (lines.isEmpty()) {
                throw new IllegalStateException("The support phrase file has no variants for " + key + ".");
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("The support phrase file " + RESOURCE + " could not be read.", e);
        }
    }
}
