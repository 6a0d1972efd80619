package dev.hearth.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hearth.core.safety.CountryResources;
import dev.hearth.core.safety.CrisisResources;
import dev.hearth.core.safety.HelpLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the operator's {@code crisis-resources.yaml} into {@link CrisisResources}. Every mistake is
 * reported as one sentence naming the file and the key ({@code countries.US.lines[1].how}), thrown as
 * an {@link IllegalArgumentException} for {@code Main} to print before exiting with code 2.
 */
public final class CrisisResourcesLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CrisisResourcesLoader() {
    }

    /**
     * Reads and checks a resources file.
     *
     * @throws IllegalArgumentException naming the file and the key of the first malformed entry
     */
    public static CrisisResources load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the crisis resources file " + file + ": " + e.getMessage() + ".", e);
        }
        return parse(text, file.getFileName().toString());
    }

    /**
     * Checks and converts the text of a resources file.
     *
     * @param source the file's name, used in error messages
     * @throws IllegalArgumentException naming the source and the key of the first malformed entry
     */
    public static CrisisResources parse(String yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(source + " is not valid YAML near line " + line + ": " + e.getOriginalMessage() + ".", e);
        }
        if (root == null || !root.isObject()) {
            throw fail(source, "the top level", "must be a map with countries, languages, aliases and directory");
        }
        Map<String, CountryResources> countries = countries(source, root.get("countries"));
        Map<String, String> aliases = aliases(source, root.get("aliases"), countries);
        Map<String, List<String>> languages = languages(source, root.get("languages"), countries);
        List<HelpLine> directory = lines(source, "directory", root.get("directory"));
        return new CrisisResources(countries, aliases, languages, directory);
    }

    private static Map<String, CountryResources> countries(String source, JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw fail(source, "countries", "is missing or empty; it maps country codes such as US to their resources");
        }
        Map<String, CountryResources> countries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String code = entry.getKey();
            String key = "countries." + code;
            if (!code.matches("[A-Z]{2}")) {
                throw fail(source, key, "is not a two-letter upper-case country code such as US");
            }
            JsonNode country = entry.getValue();
            if (country == null || !country.isObject()) {
                throw fail(source, key, "must be a map with name, emergency and lines");
            }
            countries.put(code, new CountryResources(code,
                    text(source, key + ".name", country.get("name")),
                    text(source, key + ".emergency", country.get("emergency")),
                    lines(source, key + ".lines", country.get("lines"))));
        }
        return countries;
    }

    private static Map<String, String> aliases(String source, JsonNode node, Map<String, CountryResources> countries) {
        Map<String, String> aliases = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return aliases;
        }
        if (!node.isObject()) {
            throw fail(source, "aliases", "must map other codes to country codes, such as UK: GB");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = "aliases." + entry.getKey();
            String target = text(source, key, entry.getValue()).toUpperCase(Locale.ROOT);
            if (!countries.containsKey(target)) {
                throw fail(source, key, "points to " + target + ", which is not under countries");
            }
            aliases.put(entry.getKey().toUpperCase(Locale.ROOT), target);
        }
        return aliases;
    }

    private static Map<String, List<String>> languages(String source, JsonNode node, Map<String, CountryResources> countries) {
        Map<String, List<String>> languages = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return languages;
        }
        if (!node.isObject()) {
            throw fail(source, "languages", "must map language codes to lists of country codes, such as de: [DE, AT, CH]");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = "languages." + entry.getKey();
            if (!entry.getValue().isArray() || entry.getValue().isEmpty()) {
                throw fail(source, key, "must be a non-empty list of country codes");
            }
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < entry.getValue().size(); i++) {
                String code = text(source, key + "[" + i + "]", entry.getValue().get(i)).toUpperCase(Locale.ROOT);
                if (!countries.containsKey(code)) {
                    throw fail(source, key + "[" + i + "]", "is " + code + ", which is not under countries");
                }
                codes.add(code);
            }
            languages.put(entry.getKey().toLowerCase(Locale.ROOT), codes);
        }
        return languages;
    }

    private static List<HelpLine> lines(String source, String key, JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw fail(source, key, "is missing or empty; it lists lines, each with a name and how to reach it");
        }
        List<HelpLine> lines = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String lineKey = key + "[" + i + "]";
            JsonNode line = node.get(i);
            if (!line.isObject()) {
                throw fail(source, lineKey, "must be a map with a name and how to reach it");
            }
            lines.add(new HelpLine(text(source, lineKey + ".name", line.get("name")), text(source, lineKey + ".how", line.get("how"))));
        }
        return lines;
    }

    /** A non-blank text value; numbers are refused so that 000 cannot silently become 0. */
    private static String text(String source, String key, JsonNode node) {
        if (node == null || node.isNull()) {
            throw fail(source, key, "is missing");
        }
        if (!node.isTextual()) {
            throw fail(source, key, "must be quoted text (write \"000\", not 000, so numbers keep their digits)");
        }
        if (node.asText().isBlank()) {
            throw fail(source, key, "is empty");
        }
        return node.asText().strip();
    }

    private static IllegalArgumentException fail(String source, String key, String problem) {
        return new IllegalArgumentException(source + ": " + key + " " + problem + ".");
    }
}
