package dev.hearth.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.understand.EmotionClassifier;
import dev.hearth.core.understand.FeelingDetector;
import dev.hearth.core.understand.FeelingMention;
import dev.hearth.core.understand.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.Map;

/**
 * {@code scripts/run classify}: JSONL {@code {"id":"…","text":"…"}} or plain lines (id = line number) in;
 * {@code {"id":"…","emotions":{…},"feelings":[…],"crisis":"none|concern|acute"}} out, one line each.
 * Streams with Jackson's generator so throughput stays in the thousands of lines a second.
 */
public final class ClassifyMode {
    private static final int WARM_UP = 5000;

    private final EmotionClassifier emotions;
    private final FeelingDetector feelings;
    private final CrisisDetector crisis;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ObjectMapper json = new ObjectMapper();

    public ClassifyMode(EmotionClassifier emotions, FeelingDetector feelings, CrisisDetector crisis) {
        this.emotions = emotions;
        this.feelings = feelings;
        this.crisis = crisis;
    }

    /** Classifies every line; returns the exit code. Throughput goes to stderr. */
    public int run(BufferedReader in, Writer out, PrintStream err) throws IOException {
        long start = System.nanoTime();
        long warmAt = 0;
        int count = 0;
        try (JsonGenerator gen = new JsonFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            gen.setRootValueSeparator(null);
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String id = String.valueOf(lineNumber);
                String text = line;
                if (line.stripLeading().startsWith("{")) {
                    JsonNode node = tryParse(line);
                    if (node != null && node.isObject()) {
                        id = node.hasNonNull("id") ? node.get("id").asText() : id;
                        text = node.path("text").asText("");
                    }
                }
                write(gen, id, text);
                gen.writeRaw('\n');
                count++;
                if (count == WARM_UP) {
                    warmAt = System.nanoTime();
                }
            }
        }
        out.flush();
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        err.printf(java.util.Locale.ROOT, "classify: %d messages, %.0f per second", count,
                seconds > 0 ? count / seconds : 0.0);
        if (count > 2 * WARM_UP) {
            // The JIT compiles during the first thousands of messages; the rest shows the steady rate.
            err.printf(java.util.Locale.ROOT, " (%.0f per second after the first %,d)",
                    (count - WARM_UP) / ((end - warmAt) / 1e9), WARM_UP);
        }
        err.println();
        return 0;
    }

    private JsonNode tryParse(String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            return null; // not JSON after all: classify the line as plain text
        }
    }

    private void write(JsonGenerator gen, String id, String text) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", id);
        gen.writeObjectFieldStart("emotions");
        for (Map.Entry<String, Double> e : emotions.classify(text).scores().entrySet()) {
            gen.writeNumberField(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0);
        }
        gen.writeEndObject();
        gen.writeArrayFieldStart("feelings");
        for (FeelingMention mention : feelings.detect(normalizer.normalize(text))) {
            if (!mention.negated()) {
                gen.writeString(mention.feeling());
            }
        }
        gen.writeEndArray();
        gen.writeStringField("crisis", crisis.assess(text).level().wireName());
        gen.writeEndObject();
    }
}
