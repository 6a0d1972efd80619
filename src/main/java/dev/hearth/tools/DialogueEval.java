package dev.hearth.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.reading.DialogueAct;
import dev.hearth.store.Database;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The conversation evaluation of {@code scripts/eval}: runs conversations written by people who have
 * not seen the engine ({@code eval/conversations/*.jsonl}, one person turn a line with the writer's
 * label of what the turn does) through the real engine, and prints what the conversation issue
 * measures: dialogue acts read as the writer meant them, questions to Hearth answered, no farewell
 * after thanks in passing, no question after a goodbye, no goal from a non-plan, options after two
 * short answers. With {@code --replies FILE} it also writes every turn and reply, for a reviewer.
 */
public final class DialogueEval {
    private DialogueEval() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(System.getProperty("hearth.home", ".")).toAbsolutePath();
        List<Path> files = new ArrayList<>();
        Path replies = null;
        boolean trace = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--replies") && i + 1 < args.length) {
                replies = Path.of(args[++i]);
            } else if (args[i].equals("--trace")) {
                trace = true;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        Map<String, List<JsonNode>> conversations = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    conversations.computeIfAbsent(node.path("conversation").asText(), k -> new ArrayList<>()).add(node);
                }
            }
        }
        HearthConfig config = new ConfigLoader(Map.of(), home).load();
        Injector injector = Hearth.engineInjector(config, Clock.systemUTC(), Database.memoryUrl("dialogue-eval"), List.of());
        Counts c = new Counts();
        try (Database database = injector.getInstance(Database.class);
             BufferedWriter out = replies == null ? null : Files.newBufferedWriter(replies)) {
            Conversations engine = injector.getInstance(Conversations.class);
            PersonStore store = injector.getInstance(PersonStore.class);
            for (Map.Entry<String, List<JsonNode>> conversation : conversations.entrySet()) {
                run(conversation.getKey(), conversation.getValue(), engine, store, c, out, json, trace);
            }
        }
        c.print(files);
    }

    private static void run(String id, List<JsonNode> turns, Conversations engine, PersonStore store, Counts c,
                            BufferedWriter out, ObjectMapper json, boolean trace) throws IOException {
        UserRef user = new UserRef("eval", id);
        ConversationRef chat = new ConversationRef("eval", id);
        Instant at = Instant.parse("2026-11-24T18:00:00Z");
        c.conversations++;
        int shortRun = 0;
        for (JsonNode turn : turns) {
            at = at.plus(Duration.ofMinutes(2));
            String text = turn.path("text").asText();
            String label = turn.path("act").asText("other");
            DialogueAct expected = DialogueAct.fromWireName(label);
            TurnResult result = engine.handle(Inbound.privateMessage(user, chat, text, at));
            var state = store.load(user, ZoneOffset.UTC, at).state();
            String prefix = state.turns() + "|";
            List<String> ids = state.recentPhrases().stream().filter(e -> e.startsWith(prefix))
                    .map(e -> e.substring(prefix.length())).toList();
            String reply = replyText(result);
            String read = result.analysis().act().isEmpty() ? "other" : result.analysis().act();
            c.turns++;
            if (!label.equals("other")) {
                c.actChecked++;
                c.perAct.computeIfAbsent(expected.wireName(), k -> new int[2])[1]++;
                if (read.equals(expected.wireName())) {
                    c.actRight++;
                    c.perAct.get(expected.wireName())[0]++;
                }
            }
            boolean crisis = result.analysis().crisis() != dev.hearth.core.safety.CrisisLevel.NONE;
            if (crisis) {
                c.crisisFlags++;
            }
            if (expected == DialogueAct.QUESTION_TO_HEARTH) {
                c.questions++;
                if (ids.stream().anyMatch(i -> i.startsWith("answer."))) {
                    c.questionsAnswered++;
                }
            }
            if (expected == DialogueAct.THANKS_IN_PASSING) {
                c.thanksInPassing++;
                if (ids.stream().anyMatch(i -> i.startsWith("close.") || i.startsWith("affirm.close"))) {
                    c.farewellAfterThanks++;
                }
            }
            if (expected == DialogueAct.GOODBYE) {
                c.goodbyes++;
                if (reply.contains("?")) {
                    c.reopenedAfterGoodbye++;
                }
            }
            int goals = result.analysis().goals().size();
            if (expected == DialogueAct.STATING_PLAN) {
                c.plans++;
                c.plansStored += goals > 0 ? 1 : 0;
            } else if (goals > 0) {
                c.goalsFromNonPlans++;
            }
            shortRun = expected == DialogueAct.SHORT_ANSWER ? shortRun + 1 : 0;
            if (shortRun >= 2) {
                c.shortStreaks++;
                if (ids.stream().anyMatch(i -> i.startsWith("options."))) {
                    c.optionsOffered++;
                }
            }
            if (out != null) {
                ObjectNode line = json.createObjectNode();
                line.put("conversation", id).put("turn", turn.path("turn").asInt(c.turns)).put("text", text)
                        .put("reply", reply);
                if (trace) {
                    // For the developer, never for the reviewer: what Hearth read and which phrasings it chose.
                    line.put("expected", label).put("read", read).put("phrases", String.join(" ", ids));
                }
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        }
    }

    private static String replyText(TurnResult result) {
        List<String> parts = new ArrayList<>();
        for (Reply r : result.replies()) {
            parts.addAll(r.parts());
        }
        return String.join("\n\n", parts);
    }

    /** What one run counted. */
    private static final class Counts {
        int conversations;
        int turns;
        int actChecked;
        int actRight;
        final Map<String, int[]> perAct = new TreeMap<>();
        int questions;
        int questionsAnswered;
        int thanksInPassing;
        int farewellAfterThanks;
        int goodbyes;
        int reopenedAfterGoodbye;
        int plans;
        int plansStored;
        int goalsFromNonPlans;
        int shortStreaks;
        int optionsOffered;
        int crisisFlags;

        void print(List<Path> files) {
            System.out.printf(Locale.ROOT, "conversations: %d, person turns: %d (%s)%n", conversations, turns,
                    String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList()));
            System.out.printf(Locale.ROOT, "  dialogue act as the writer meant it: %d/%d (%.0f%%)%n", actRight, actChecked,
                    pct(actRight, actChecked));
            perAct.forEach((act, n) -> System.out.printf(Locale.ROOT, "    %-20s %d/%d%n", act, n[0], n[1]));
            System.out.printf(Locale.ROOT, "  questions to Hearth answered:        %d/%d (%.0f%%)   target >= 80%%%n",
                    questionsAnswered, questions, pct(questionsAnswered, questions));
            System.out.printf(Locale.ROOT, "  farewell after thanks in passing:    %d/%d            target 0%n",
                    farewellAfterThanks, thanksInPassing);
            System.out.printf(Locale.ROOT, "  a question after a goodbye:          %d/%d            target 0%n",
                    reopenedAfterGoodbye, goodbyes);
            System.out.printf(Locale.ROOT, "  goals stored from a non-plan:        %d               target 0%n",
                    goalsFromNonPlans);
            System.out.printf(Locale.ROOT, "  plans stored as goals:               %d/%d (%.0f%%)%n", plansStored, plans,
                    pct(plansStored, plans));
            System.out.printf(Locale.ROOT, "  options after 2+ short answers:      %d/%d%n", optionsOffered, shortStreaks);
            System.out.printf(Locale.ROOT, "  crisis care on these (no crisis content was written): %d turns%n", crisisFlags);
        }
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
