package dev.hearth.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/run replay}: JSONL turns in ({@code {"conversation":"c1","text":"…","at":"…"}}), one
 * JSONL line out per turn with the replies and the analysis. Each conversation id is a distinct
 * person. {@code at} drives the clock; without it a turn comes a minute after the conversation's last.
 * A line that is not a turn gets an {@code error} line and the replay goes on. Timing goes to stderr.
 */
public final class ReplayMode {
    private static final String PLATFORM = "replay";

    private final Conversations conversations;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public ReplayMode(Conversations conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    /** Replays every line; returns the exit code (0, or 1 if reading fails). */
    public int run(BufferedReader in, PrintWriter out, PrintStream err) throws IOException {
        Map<String, Instant> lastAt = new HashMap<>();
        List<Long> nanos = new ArrayList<>();
        int lineNumber = 0;
        int errors = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> output;
            try {
                Turn turn = parse(line, lastAt);
                Inbound inbound = Inbound.privateMessage(new UserRef(PLATFORM, turn.conversation()),
                        new ConversationRef(PLATFORM, turn.conversation()), turn.text(), turn.at());
                long start = System.nanoTime();
                TurnResult result = conversations.handle(inbound);
                nanos.add(System.nanoTime() - start);
                lastAt.put(turn.conversation(), turn.at());
                output = new LinkedHashMap<>();
                output.put("conversation", turn.conversation());
                output.put("text", turn.text());
                output.put("replies", replies(result));
                output.put("analysis", AnalysisJson.of(result.analysis()));
            } catch (BadLine e) {
                errors++;
                output = new LinkedHashMap<>();
                output.put("line", lineNumber);
                output.put("error", e.getMessage());
            }
            out.println(json.writeValueAsString(output));
            out.flush();
        }
        err.println(timing(nanos) + (errors > 0 ? "; " + errors + " line(s) were not turns" : ""));
        return 0;
    }

    private record Turn(String conversation, String text, Instant at) {
    }

    private Turn parse(String line, Map<String, Instant> lastAt) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (IOException e) {
            throw new BadLine("not a JSON object");
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("not a JSON object");
        }
        JsonNode conversation = node.path("conversation");
        JsonNode text = node.path("text");
        if (!conversation.isTextual() && !conversation.isNumber()) {
            throw new BadLine("missing \"conversation\"");
        }
        if (!text.isTextual()) {
            throw new BadLine("missing \"text\"");
        }
        String id = conversation.asText();
        Instant at;
        if (node.hasNonNull("at")) {
            try {
                at = Instant.parse(node.get("at").asText());
            } catch (DateTimeParseException e) {
                throw new BadLine("\"at\" is not an ISO-8601 instant like 2026-11-25T09:00:00Z");
            }
        } else {
            Instant previous = lastAt.get(id);
            at = previous == null ? clock.instant() : previous.plus(Duration.ofMinutes(1));
        }
        return new Turn(id, text.asText(), at);
    }

    private static List<String> replies(TurnResult result) {
        List<String> texts = new ArrayList<>();
        for (Reply reply : result.replies()) {
            texts.addAll(reply.parts());
        }
        return texts;
    }

    /** "replay: N turns, p50 X ms, p99 Y ms per turn". */
    static String timing(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "replay: 0 turns";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return String.format(java.util.Locale.ROOT, "replay: %d turns, p50 %.2f ms, p99 %.2f ms per turn",
                sorted.length, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static final class BadLine extends RuntimeException {
        BadLine(String message) {
            super(message);
        }
    }
}
