package dev.hearth.tools.crisis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.safety.CrisisSubject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One labelled message of a crisis evaluation set: a JSONL line
 * {@code {"text":…,"level":"acute|concern|none","subject":"self|other","note":…}}.
 */
public record CrisisEvalCase(String text, CrisisLevel level, CrisisSubject subject, String note) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public CrisisEvalCase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(subject, "subject");
        note = note == null ? "" : note;
    }

    /**
     * Reads a JSONL set; blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line of a malformed entry
     */
    /**
     * The subject of a case: {@code subject} (self|other) as in Hearth's own sets, or {@code about}
     * (self|other|none) as the independent writers spell it; self when neither says other.
     */
    private static CrisisSubject subject(JsonNode node) {
        String field = node.hasNonNull("subject") ? "subject" : "about";
        return node.hasNonNull(field) && "other".equalsIgnoreCase(node.get(field).asText())
                ? CrisisSubject.OTHER
                : CrisisSubject.SELF;
    }

    public static List<CrisisEvalCase> readJsonl(Reader source) throws IOException {
        List<CrisisEvalCase> cases = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                cases.add(new CrisisEvalCase(
                        node.get("text").asText(),
                        CrisisLevel.valueOf(node.get("level").asText().toUpperCase(Locale.ROOT)),
                        subject(node),
                        node.hasNonNull("note") ? node.get("note").asText() : ""));
            } catch (RuntimeException | IOException e) {
                throw new IllegalArgumentException("Evaluation line " + number + " is not a valid case: " + e.getMessage(), e);
            }
        }
        return cases;
    }
}
