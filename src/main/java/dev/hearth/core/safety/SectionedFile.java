package dev.hearth.core.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the safety data files: {@code [section]} headers, {@code #} comment lines, blank lines
 * ignored. Keeps each line's number so errors can point at it.
 */
record SectionedFile(String name, Map<String, List<Line>> sections) {

    /** One content line and where it stands in its file. */
    record Line(int number, String text) {
    }

    SectionedFile {
        sections = Map.copyOf(sections);
    }

    /** Reads a file from the class path, or fails naming it. */
    static SectionedFile read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The crisis data file " + resource + " is missing from the class path.");
            }
            return parse(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the crisis data file " + resource, e);
        }
    }

    static SectionedFile parse(String name, InputStream in) throws IOException {
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        List<Line> current = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String raw;
            int number = 0;
            while ((raw = reader.readLine()) != null) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new ArrayList<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(name + " line " + number + ": text before the first [section].");
                }
                current.add(new Line(number, line));
            }
        }
        return new SectionedFile(name, sections);
    }

    /** The lines of a section; a missing section is empty. */
    List<Line> lines(String section) {
        return sections.getOrDefault(section, List.of());
    }

    /** Every whitespace-separated word of a section, in order. */
    List<String> words(String section) {
        List<String> words = new ArrayList<>();
        for (Line line : lines(section)) {
            for (String word : line.text().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** An error message pointing at a line. */
    String at(Line line, String problem) {
        return name + " line " + line.number() + ": " + problem;
    }
}
