package dev.hearth.tools.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.core.reading.SentenceSplitter;
import dev.hearth.core.semantic.LinearHead;
import dev.hearth.core.semantic.LinearHeadCodec;
import dev.hearth.core.semantic.SentenceEncoder;
import dev.hearth.core.semantic.SentenceVector;
import dev.hearth.semantic.OnnxSentenceEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Trains the crisis head on the sentence embeddings (see {@code LearnedCrisisJudge}): three
 * one-vs-rest outputs, {@code self-risk} (the writer, concern or acute), {@code self-acute} and
 * {@code other-risk} (someone else), from the written sets in {@code train/crisis} (the project's
 * own and each writer's file in {@code train/crisis/writers}) plus every tenth GoEmotions train
 * comment as an everyday negative (Apache-2.0). Each threshold is set on 5-fold held-out scores: the
 * lowest score at which no more than {@code --false-rate} (default 0.005) of the messages without that
 * risk pass. Deterministic: the same data gives the same file.
 *
 * <p>Usage: {@code TrainCrisisHead [--out FILE] [--goemotions TSV] [--c C] [--false-rate R]}
 */
public final class TrainCrisisHead {
    private static final List<String> LABELS = List.of("self-risk", "self-acute", "other-risk");
    private static final int GOEMOTIONS_STRIDE = 10;

    private TrainCrisisHead() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(arg(args, "--out", "src/main/resources/models/heads/crisis.bin.gz"));
        Path goemotions = Path.of(arg(args, "--goemotions", "../shared/data/goemotions/train.tsv"));
        double c = Double.parseDouble(arg(args, "--c", "2"));
        double falseRate = Double.parseDouble(arg(args, "--false-rate", "0.005"));
        SentenceEncoder encoder = OnnxSentenceEncoder.bundled();
        SentenceSplitter splitter = new SentenceSplitter();
        ObjectMapper json = new ObjectMapper();
        List<HeadTrainer.Example> examples = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(Path.of("train/crisis/train.jsonl")));
        try (Stream<Path> s = Files.list(Path.of("train/crisis/writers"))) {
            s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
        int written = 0;
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String text = node.path("text").asText("");
                if (text.isBlank()) {
                    continue;
                }
                examples.add(new HeadTrainer.Example(TrainActHead.embed(encoder, splitter, text), new double[0],
                        labelsOf(node)));
                written++;
            }
        }
        int everyday = 0;
        if (Files.exists(goemotions)) {
            List<String> lines = Files.readAllLines(goemotions);
            for (int i = 0; i < lines.size(); i += GOEMOTIONS_STRIDE) {
                String text = lines.get(i).split("\t", 2)[0];
                if (!text.isBlank()) {
                    examples.add(new HeadTrainer.Example(TrainActHead.embed(encoder, splitter, text), new double[0],
                            Set.of()));
                    everyday++;
                }
            }
        }
        HeadTrainer trainer = new HeadTrainer(c);
        double[][] cv = trainer.crossValidated(LABELS, List.of(), encoder.dimension(), examples, 5);
        float[] thresholds = new float[LABELS.size()];
        for (int k = 0; k < LABELS.size(); k++) {
            thresholds[k] = threshold(examples, cv, k, falseRate);
            report(examples, cv, k, thresholds[k]);
        }
        LinearHead head = trainer.train("crisis", LABELS, List.of(), encoder.dimension(), examples, thresholds);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            LinearHeadCodec.write(head, o);
        }
        System.out.printf(Locale.ROOT, "%d written messages, %d everyday comments, written to %s%n", written, everyday,
                out);
    }

    private static Set<String> labelsOf(JsonNode node) {
        String level = node.path("level").asText("none");
        boolean other = node.path("about").asText("").equals("other")
                || node.path("subject").asText("").equals("other")
                || node.path("note").asText("").contains("-other");
        Set<String> labels = new HashSet<>();
        if (level.equals("none")) {
            return labels;
        }
        if (other) {
            labels.add("other-risk");
        } else {
            labels.add("self-risk");
            if (level.equals("acute")) {
                labels.add("self-acute");
            }
        }
        return labels;
    }

    /** The lowest held-out score at which at most {@code falseRate} of the negatives pass. */
    private static float threshold(List<HeadTrainer.Example> examples, double[][] cv, int k, double falseRate) {
        String label = LABELS.get(k);
        double[] negatives = new double[examples.size()];
        int n = 0;
        for (int i = 0; i < examples.size(); i++) {
            if (!examples.get(i).labels().contains(label)) {
                negatives[n++] = cv[i][k];
            }
        }
        double[] sorted = Arrays.copyOf(negatives, n);
        Arrays.sort(sorted);
        int allowed = (int) Math.floor(falseRate * n);
        double cut = sorted[Math.max(0, n - 1 - allowed)];
        return (float) Math.max(0.5, Math.nextUp(cut));
    }

    private static void report(List<HeadTrainer.Example> examples, double[][] cv, int k, float threshold) {
        String label = LABELS.get(k);
        int positives = 0;
        int found = 0;
        int negatives = 0;
        int false_ = 0;
        for (int i = 0; i < examples.size(); i++) {
            boolean positive = examples.get(i).labels().contains(label);
            boolean flagged = cv[i][k] >= threshold;
            if (positive) {
                positives++;
                found += flagged ? 1 : 0;
            } else {
                negatives++;
                false_ += flagged ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%-10s threshold %.3f, held-out recall %.3f (%d), false alarms %.4f (%d)%n",
                label, threshold, found / (double) Math.max(1, positives), positives,
                false_ / (double) Math.max(1, negatives), negatives);
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
