package dev.hearth.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.inject.Injector;
import dev.hearth.app.Hearth;
import dev.hearth.config.ConfigLoader;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import dev.hearth.core.respond.Strategy;
import dev.hearth.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The scenario suite of {@code scripts/eval}: runs the scripted conversations of
 * {@code eval/scenarios.yaml} through the real engine and prints stage accuracy, strategy choice,
 * goal capture, repetition rate and reply length.
 */
public final class ConversationEval {
    private ConversationEval() {
    }

    /** The figures of one run. */
    public record Figures(int conversations, int turns, int stageChecks, int stageHits, int mustChecks,
                          int mustHits, int neverChecks, int neverHits, int goalChecks, int goalHits,
                          int sentences, int repeatedSentences, double meanSentences, double meanWords,
                          int turnsWithTwoSuggestions) {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(System.getProperty("hearth.home", ".")).toAbsolutePath();
        Path file = args.length > 0 ? Path.of(args[0]) : home.resolve("eval/scenarios.yaml");
        Figures f = run(file, home);
        System.out.printf(Locale.ROOT, "scenarios: %d conversations, %d turns%n", f.conversations(), f.turns());
        System.out.printf(Locale.ROOT, "  stage flow:      %d/%d turns in the expected stage (%.0f%%)%n",
                f.stageHits(), f.stageChecks(), pct(f.stageHits(), f.stageChecks()));
        System.out.printf(Locale.ROOT, "  strategy choice: %d/%d required strategies used (%.0f%%), %d/%d forbidden avoided (%.0f%%)%n",
                f.mustHits(), f.mustChecks(), pct(f.mustHits(), f.mustChecks()), f.neverHits(), f.neverChecks(),
                pct(f.neverHits(), f.neverChecks()));
        System.out.printf(Locale.ROOT, "  goals captured:  %d/%d turns with the expected number of goals%n",
                f.goalHits(), f.goalChecks());
        System.out.printf(Locale.ROOT, "  repetition rate: %.1f%% of reply sentences repeat an earlier one in the conversation%n",
                pct(f.repeatedSentences(), f.sentences()));
        System.out.printf(Locale.ROOT, "  reply length:    %.1f sentences, %.0f words on average; %d turns with more than one suggestion%n",
                f.meanSentences(), f.meanWords(), f.turnsWithTwoSuggestions());
    }

    /** Runs every scenario in the file on a fresh in-memory database. */
    public static Figures run(Path scenarios, Path home) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(scenarios.toFile());
        HearthConfig config = new ConfigLoader(Map.of(), home).load();
        Injector injector = Hearth.engineInjector(config, Clock.systemUTC(), Database.memoryUrl("eval"), List.of());
        int turns = 0;
        int stageChecks = 0;
        int stageHits = 0;
        int mustChecks = 0;
        int mustHits = 0;
        int neverChecks = 0;
        int neverHits = 0;
        int goalChecks = 0;
        int goalHits = 0;
        int sentences = 0;
        int repeated = 0;
        int words = 0;
        int doubleSuggestions = 0;
        List<String> misses = new ArrayList<>();
        try (Database database = injector.getInstance(Database.class)) {
            Conversations conversations = injector.getInstance(Conversations.class);
            int n = 0;
            for (JsonNode scenario : root) {
                n++;
                UserRef user = new UserRef("eval", "s" + n);
                Instant at = Instant.parse("2026-11-24T09:00:00Z");
                Set<String> said = new HashSet<>();
                for (JsonNode turn : scenario.path("turns")) {
                    at = at.plus(Duration.ofMinutes(2));
                    TurnResult result = conversations.handle(Inbound.privateMessage(user,
                            new ConversationRef("eval", "s" + n), turn.path("text").asText(), at));
                    turns++;
                    List<String> strategies = result.analysis().strategies().stream().map(Strategy::label).toList();
                    String where = scenario.path("name").asText() + ": \"" + turn.path("text").asText() + "\"";
                    if (turn.has("stage")) {
                        stageChecks++;
                        boolean hit = turn.get("stage").asText().equals(result.analysis().stage().wireName());
                        stageHits += hit ? 1 : 0;
                        if (!hit) {
                            misses.add("stage " + result.analysis().stage().wireName() + ", expected "
                                    + turn.get("stage").asText() + " - " + where);
                        }
                    }
                    for (JsonNode must : turn.path("must")) {
                        mustChecks++;
                        boolean hit = strategies.contains(must.asText());
                        mustHits += hit ? 1 : 0;
                        if (!hit) {
                            misses.add("missing " + must.asText() + " - " + where);
                        }
                    }
                    for (JsonNode never : turn.path("never")) {
                        neverChecks++;
                        boolean hit = !strategies.contains(never.asText());
                        neverHits += hit ? 1 : 0;
                        if (!hit) {
                            misses.add("used " + never.asText() + " - " + where);
                        }
                    }
                    if (turn.has("goals")) {
                        goalChecks++;
                        goalHits += result.analysis().goals().size() == turn.get("goals").asInt() ? 1 : 0;
                    }
                    if (strategies.stream().filter(Strategy.SUGGESTION.label()::equals).count() > 1) {
                        doubleSuggestions++;
                    }
                    for (String sentence : replySentences(result)) {
                        sentences++;
                        words += sentence.split("\\s+").length;
                        if (!said.add(sentence)) {
                            repeated++;
                        }
                    }
                }
            }
            misses.forEach(miss -> System.out.println("  miss: " + miss));
            return new Figures(n, turns, stageChecks, stageHits, mustChecks, mustHits, neverChecks, neverHits,
                    goalChecks, goalHits, sentences, repeated, turns == 0 ? 0 : (double) sentences / turns,
                    turns == 0 ? 0 : (double) words / turns, doubleSuggestions);
        }
    }

    /** The sentences of the conversational part of the reply (the last part; a disclosure stands apart). */
    private static List<String> replySentences(TurnResult result) {
        List<String> sentences = new ArrayList<>();
        Reply last = result.replies().get(result.replies().size() - 1);
        String text = last.parts().get(last.parts().size() - 1);
        for (String s : text.split("(?<=[.!?])\\s+")) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        return sentences;
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }
}
