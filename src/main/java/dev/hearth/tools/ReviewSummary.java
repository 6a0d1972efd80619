package dev.hearth.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises a reviewer's scores of Hearth's replies (one JSON object per reply: {@code conversation},
 * {@code turn}, {@code relevance}, {@code empathy}, {@code naturalness}, {@code progress} from 1 to 5,
 * and {@code defects}, a list of blatant-defect tags, empty when there is none): the mean of each
 * score, the share of replies with a blatant defect, each tag's share, and the means early in a
 * conversation (turns 1-2) against later (turn 6 on), where replies used to get worse.
 *
 * <p>Usage: {@code ReviewSummary FILE...}
 */
public final class ReviewSummary {
    private static final List<String> SCORES = List.of("relevance", "empathy", "naturalness", "progress");

    private ReviewSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("Usage: ReviewSummary FILE...");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String file : args) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (!line.isBlank()) {
                    rows.add(json.readTree(line));
                }
            }
        }
        System.out.print(summarise(rows));
    }

    /** The summary as printed, for the rows given. */
    static String summarise(List<JsonNode> rows) {
        StringBuilder out = new StringBuilder();
        if (rows.isEmpty()) {
            return "no scored replies\n";
        }
        out.append(String.format(Locale.ROOT, "replies scored: %d%n", rows.size()));
        double overall = 0;
        for (String score : SCORES) {
            double mean = mean(rows, score);
            overall += mean / SCORES.size();
            out.append(String.format(Locale.ROOT, "  %-12s %.2f%n", score, mean));
        }
        out.append(String.format(Locale.ROOT, "  %-12s %.2f%n", "mean of four", overall));
        long defective = rows.stream().filter(r -> r.path("defects").size() > 0).count();
        out.append(String.format(Locale.ROOT, "  with a blatant defect: %d (%.0f%%)%n", defective,
                100.0 * defective / rows.size()));
        Map<String, Integer> tags = new TreeMap<>();
        rows.forEach(r -> r.path("defects").forEach(t -> tags.merge(t.asText(), 1, Integer::sum)));
        tags.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> out.append(
                String.format(Locale.ROOT, "    %-28s %d (%.0f%%)%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / rows.size())));
        List<JsonNode> early = rows.stream().filter(r -> r.path("turn").asInt() <= 2).toList();
        List<JsonNode> late = rows.stream().filter(r -> r.path("turn").asInt() >= 6).toList();
        out.append(String.format(Locale.ROOT, "  mean of four, turns 1-2: %s; from turn 6: %s%n",
                early.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f (%d)", overallMean(early), early.size()),
                late.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f (%d)", overallMean(late), late.size())));
        return out.toString();
    }

    private static double overallMean(List<JsonNode> rows) {
        return SCORES.stream().mapToDouble(s -> mean(rows, s)).average().orElse(0);
    }

    private static double mean(List<JsonNode> rows, String score) {
        return rows.stream().mapToInt(r -> r.path(score).asInt()).filter(v -> v >= 1 && v <= 5).average().orElse(0);
    }
}
