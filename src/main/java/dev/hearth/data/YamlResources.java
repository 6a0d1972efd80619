package dev.hearth.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.understand.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads Hearth's language data from the class path: the phrase files under {@code phrases/<lang>/} and
 * the lexicons under {@code understand/<lang>/}. Each folder lists its files in {@code files.txt}, so
 * a language or a phrase file is added by dropping files in and naming them there.
 */
public final class YamlResources {
    private static final TypeReference<LinkedHashMap<String, List<String>>> LISTS = new TypeReference<>() {
    };

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final String language;

    public YamlResources(String language) {
        this.language = language;
    }

    /** Every phrase file of the language merged into one book; a key defined twice is an error. */
    public PhraseBook phrases() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String file : listing("phrases/" + language)) {
            Map<String, List<String>> part = readLists("phrases/" + language + "/" + file);
            for (var entry : part.entrySet()) {
                if (all.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                    throw new IllegalStateException("phrase key " + entry.getKey() + " is defined twice (" + file + ")");
                }
            }
        }
        return new PhraseBook(all);
    }

    /** One lexicon, e.g. {@code feelings}, {@code topics} or {@code intents}. */
    public Lexicon lexicon(String name) {
        return new Lexicon(readLists("understand/" + language + "/" + name + ".yaml"));
    }

    private List<String> listing(String folder) {
        String path = folder + "/files.txt";
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private Map<String, List<String>> readLists(String path) {
        try (InputStream in = resource(path)) {
            Map<String, List<String>> map = yaml.readValue(in, LISTS);
            return map == null ? Map.of() : map;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = YamlResources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path);
        }
        return in;
    }
}
