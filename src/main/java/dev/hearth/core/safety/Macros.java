package dev.hearth.core.safety;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named pieces the rule files share: word lists ({@code [words]}, usable as regex alternations
 * and as trigger words) and regex fragments ({@code [patterns]}). {@code {NAME}} in a regex expands
 * to the named piece.
 */
final class Macros {
    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Z][A-Z_]*)\\}");
    private static final Pattern DEFINITION = Pattern.compile("([A-Z][A-Z_]*)\\s*=\\s*(.+)");
    private static final Pattern WORD = Pattern.compile("[a-z0-9_']+");

    private final Map<String, String> regexByName = new HashMap<>();
    private final Map<String, Set<String>> wordsByName = new HashMap<>();

    Macros(SectionedFile file) {
        for (SectionedFile.Line line : file.lines("words")) {
            Matcher m = definition(file, line);
            Set<String> words = new LinkedHashSet<>();
            List<String> entries = List.of(m.group(2).trim().split("\\s+"));
            for (String entry : entries) {
                if (!WORD.matcher(entry).matches()) {
                    throw new IllegalStateException(file.at(line, "'" + entry + "' is not a lower-case word."));
                }
                words.addAll(List.of(entry.split("_")));
            }
            String alternation = entries.stream()
                    .map(e -> e.replace('_', ' '))
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .reduce((a, b) -> a + "|" + b).orElseThrow();
            regexByName.put(m.group(1), "(?:" + alternation + ")");
            wordsByName.put(m.group(1), Set.copyOf(words));
        }
        for (SectionedFile.Line line : file.lines("patterns")) {
            Matcher m = definition(file, line);
            regexByName.put(m.group(1), "(?:" + expand(m.group(2).trim(), file, line) + ")");
        }
    }

    private static Matcher definition(SectionedFile file, SectionedFile.Line line) {
        Matcher m = DEFINITION.matcher(line.text());
        if (!m.matches()) {
            throw new IllegalStateException(file.at(line, "expected NAME = definition."));
        }
        return m;
    }

    /** The regex with every {NAME} replaced; an unknown name is an error at that line. */
    String expand(String regex, SectionedFile file, SectionedFile.Line line) {
        Matcher m = REFERENCE.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String piece = regexByName.get(m.group(1));
            if (piece == null) {
                throw new IllegalStateException(file.at(line, "unknown name {" + m.group(1) + "}."));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(piece));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The trigger words of a field: words, [words] names (standing for all their words) or * for
     * "always".
     */
    Set<String> triggers(String field, SectionedFile file, SectionedFile.Line line) {
        Set<String> triggers = new LinkedHashSet<>();
        for (String trigger : field.trim().split("\\s+")) {
            Set<String> listed = wordsByName.get(trigger);
            if (listed != null) {
                triggers.addAll(listed);
            } else if (trigger.equals("*") || WORD.matcher(trigger).matches()) {
                triggers.add(trigger);
            } else {
                throw new IllegalStateException(file.at(line, "the trigger " + trigger + " is neither a word nor a [words] name."));
            }
        }
        return triggers;
    }

    /** The words of a word list, or null when the name is not a word list. */
    Set<String> words(String name) {
        return wordsByName.get(name);
    }
}
