package dev.hearth.core.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A pattern section of the context file: "triggers | regex" lines. A line's regex only runs on a
 * sentence that holds one of its trigger words, so the common sentence costs a few set lookups.
 */
final class GatedPatterns {
    private record Gated(Set<String> triggers, Pattern pattern) {
    }

    private final List<Gated> lines;

    private GatedPatterns(List<Gated> lines) {
        this.lines = List.copyOf(lines);
    }

    static GatedPatterns from(SectionedFile file, String section, Macros macros) {
        List<SectionedFile.Line> raw = file.lines(section);
        if (raw.isEmpty()) {
            throw new IllegalStateException(file.name() + ": the [" + section + "] section is missing or empty.");
        }
        List<Gated> lines = new ArrayList<>();
        for (SectionedFile.Line line : raw) {
            String[] fields = line.text().split("\\s+\\|\\s+", 2);
            if (fields.length != 2) {
                throw new IllegalStateException(file.at(line, "expected triggers | regex."));
            }
            try {
                lines.add(new Gated(macros.triggers(fields[0], file, line),
                        Pattern.compile(macros.expand(fields[1].trim(), file, line))));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(file.at(line, "bad pattern: " + e.getDescription()), e);
            }
        }
        return new GatedPatterns(lines);
    }

    /** True when any line matches somewhere in the sentence. */
    boolean foundIn(Sentence s) {
        for (Gated g : lines) {
            if (s.hasAny(g.triggers()) && g.pattern().matcher(s.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when any line matches between two character offsets of the sentence. */
    boolean foundIn(Sentence s, int from, int to) {
        for (Gated g : lines) {
            if (s.hasAny(g.triggers())) {
                Matcher m = g.pattern().matcher(s.text());
                m.region(from, to);
                if (m.find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every match in the sentence, as {start, end} character offsets. */
    List<int[]> spansIn(Sentence s) {
        List<int[]> spans = new ArrayList<>();
        for (Gated g : lines) {
            if (s.hasAny(g.triggers())) {
                Matcher m = g.pattern().matcher(s.text());
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        return spans;
    }
}
