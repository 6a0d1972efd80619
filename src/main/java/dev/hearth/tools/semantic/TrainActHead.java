package dev.hearth.tools.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.core.reading.ActFeatures;
import dev.hearth.core.reading.DialogueAct;
import dev.hearth.core.reading.LastReply;
import dev.hearth.core.reading.SentenceSplitter;
import dev.hearth.core.semantic.LinearHead;
import dev.hearth.core.semantic.LinearHeadCodec;
import dev.hearth.core.semantic.SentenceEncoder;
import dev.hearth.core.semantic.SentenceVector;
import dev.hearth.core.understand.Understander;
import dev.hearth.core.understand.Understanding;
import dev.hearth.semantic.OnnxSentenceEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Trains the dialogue-act head ({@code scripts/train-heads}): reads every {@code train/acts/*.jsonl}
 * line ({@code {"prev": Hearth's previous line, "text": the person's message, "act": label}}), embeds
 * the message as the run-time reader does, derives the last-reply context from {@code prev}, prints
 * five-fold cross-validated accuracy and the confusions, and writes the head trained on everything.
 * Deterministic: the same files give the same head.
 */
public final class TrainActHead {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SUGGESTS = Pattern.compile(
            "(?i)\\b(?:try|might help|could you|how about|what if|maybe you|would it help|you could|one small)\\b");
    private static final Pattern ASKS_GOAL = Pattern.compile(
            "(?i)(?:how (?:did|has|have|is|was|'s|are)\\b.*\\b(?:go|going|went|gone)|did you (?:get|manage|try|do)|how(?:'s| is) .* coming)");

    /** Acts a message carries on its own, whatever Hearth said before it. */
    private static final Set<DialogueAct> CONTEXT_FREE = Set.of(DialogueAct.VENTING, DialogueAct.ASKING_ADVICE,
            DialogueAct.QUESTION_TO_HEARTH, DialogueAct.GOOD_NEWS, DialogueAct.SMALL_TALK, DialogueAct.NOT_A_PLAN,
            DialogueAct.STATING_PLAN, DialogueAct.COMPLAINT, DialogueAct.GOODBYE, DialogueAct.THANKS_IN_PASSING);
    private static final String MID_QUESTION = "What's been the hardest part of it?";
    private static final String MID_STATEMENT = "That sounds like a lot to carry.";

    public static void main(String[] args) throws IOException {
        Path data = Path.of(arg(args, "--data", "train/acts"));
        Path out = Path.of(arg(args, "--out", "src/main/resources/models/heads/acts.bin.gz"));
        double c = Double.parseDouble(arg(args, "--c", "4"));
        SentenceEncoder encoder = OnnxSentenceEncoder.bundled();
        SentenceSplitter splitter = new SentenceSplitter();
        Understander understander = com.google.inject.Guice.createInjector(new dev.hearth.app.UnderstandingModule(),
                new dev.hearth.app.EmotionModule()).getInstance(Understander.class);
        if (Arrays.asList(args).contains("--probe")) {
            probe(encoder, splitter, understander, out);
            return;
        }
        ObjectMapper json = new ObjectMapper();
        List<HeadTrainer.Example> examples = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        List<HeadTrainer.Example> copies = new ArrayList<>();
        List<Integer> origins = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(data)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String text = node.path("text").asText("");
                DialogueAct act = DialogueAct.fromWireName(node.path("act").asText(""));
                if (text.isBlank()) {
                    continue;
                }
                String prev = node.path("prev").asText("");
                SentenceVector vector = embed(encoder, splitter, text);
                examples.add(new HeadTrainer.Example(vector, featuresOf(prev, text, understander), Set.of(act.wireName())));
                gold.add(act.wireName());
                if (CONTEXT_FREE.contains(act)) {
                    // Writers put most of these at the start of a chat, but in a conversation they follow
                    // one of Hearth's questions or statements; without the copy the head learns that
                    // anything after a question is an answer.
                    String other = prev.contains("?") ? MID_STATEMENT : MID_QUESTION;
                    copies.add(new HeadTrainer.Example(vector, featuresOf(other, text, understander), Set.of(act.wireName())));
                    origins.add(examples.size() - 1);
                }
            }
        }
        List<String> labels = gold.stream().distinct().sorted().toList();
        HeadTrainer trainer = new HeadTrainer(c);
        double[][] cv = trainer.crossValidated(labels, ActFeatures.NAMES, encoder.dimension(), examples, copies,
                origins.stream().mapToInt(Integer::intValue).toArray(), 5);
        report(labels, gold, cv);
        float[] thresholds = new float[labels.size()];
        Arrays.fill(thresholds, 0.5f);
        List<HeadTrainer.Example> all = new ArrayList<>(examples);
        all.addAll(copies);
        LinearHead head = trainer.train("acts", labels, ActFeatures.NAMES, encoder.dimension(), all, thresholds);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            LinearHeadCodec.write(head, o);
        }
        System.out.printf(Locale.ROOT, "%d examples (+%d in a second context), %d acts, written to %s%n",
                examples.size(), copies.size(), labels.size(), out);
    }

    /** The message's vector as the reader makes it: the mean of its sentences'. */
    static SentenceVector embed(SentenceEncoder encoder, SentenceSplitter splitter, String text) {
        List<SentenceVector> vectors = splitter.split(text).stream().map(encoder::encode).toList();
        return SentenceVector.mean(vectors, encoder.dimension());
    }

    /**
     * The features as the run-time reader makes them; the last-reply context comes from Hearth's
     * previous line here (at run time, from the phrase ids of the reply).
     */
    static double[] featuresOf(String prev, String text, Understander understander) {
        boolean first = prev.isBlank();
        LastReply last = new LastReply(first, prev.contains("?"), SUGGESTS.matcher(prev).find(),
                ASKS_GOAL.matcher(prev).find(), false);
        Understanding said = understander.understand(text);
        String cleaned = said.cleanedText().strip();
        return ActFeatures.of(last, said, cleaned.isEmpty() ? 0 : SPACE.split(cleaned).length, cleaned.contains("?"));
    }

    /** Prints the bundled head's top acts for lines of {@code prev<TAB>text} (or text) on stdin. */
    private static void probe(SentenceEncoder encoder, SentenceSplitter splitter, Understander understander, Path head)
            throws IOException {
        LinearHead model;
        try (var in = Files.newInputStream(head)) {
            model = LinearHeadCodec.read(in);
        }
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String prev = line.contains("\t") ? line.substring(0, line.indexOf('\t')) : "";
            String text = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
            double[] s = model.scores(embed(encoder, splitter, text), featuresOf(prev, text, understander));
            Integer[] order = new Integer[s.length];
            for (int i = 0; i < s.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
            System.out.printf(Locale.ROOT, "%-60s %s %.2f | %s %.2f | %s %.2f%n", text.length() > 60 ? text.substring(0, 60) : text,
                    model.labels().get(order[0]), s[order[0]], model.labels().get(order[1]), s[order[1]],
                    model.labels().get(order[2]), s[order[2]]);
        }
    }

    private static void report(List<String> labels, List<String> gold, double[][] cv) {
        int right = 0;
        Map<String, int[]> perLabel = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        for (int i = 0; i < gold.size(); i++) {
            String predicted = labels.get(LinearHead.best(cv[i]));
            int[] counts = perLabel.computeIfAbsent(gold.get(i), k -> new int[2]);
            counts[1]++;
            if (predicted.equals(gold.get(i))) {
                right++;
                counts[0]++;
            } else {
                confusions.merge(gold.get(i) + " -> " + predicted, 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "cross-validated accuracy %.3f (%d/%d)%n", right / (double) gold.size(), right,
                gold.size());
        perLabel.forEach((label, c) -> System.out.printf(Locale.ROOT, "  %-20s %.2f (%d)%n", label,
                c[0] / (double) c[1], c[1]));
        confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.println("  confused " + e.getKey() + ": " + e.getValue()));
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
