package dev.hearth.tools.emotion;

import dev.hearth.core.understand.EmotionClassifier;
import dev.hearth.core.understand.EmotionLabels;
import dev.hearth.core.understand.EmotionScores;
import dev.hearth.core.understand.emotion.LinearEmotionClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Scores an {@link EmotionClassifier} on a labelled GoEmotions split (Demszky et al., ACL 2020): F1 of
 * each of the 28 labels and their macro average, macro-F1 over Ekman's six groups plus neutral (a group
 * is predicted when any of its labels is detected, true when any gold label is in it), and optionally
 * single-threaded throughput after a warm-up. A label counts as detected at
 * {@link EmotionLabels#DETECTED}.
 *
 * <p>{@link #main} prints the report for the bundled model (or a model file) on the dev split.
 */
public final class EmotionEvaluation {
    private final EkmanGroups ekman;

    /** An evaluation grouping labels with {@code ekman}. */
    public EmotionEvaluation(EkmanGroups ekman) {
        this.ekman = Objects.requireNonNull(ekman, "ekman");
    }

    /**
     * The quality figures and, when {@code throughputTime} is positive, the throughput measured for that
     * long after a warm-up of the same length.
     *
     * @param labelF1           F1 of each label, in {@link EmotionLabels#ALL} order
     * @param ekmanF1           F1 of each Ekman group and neutral
     * @param messagesPerSecond classify calls a second on one thread, when measured
     */
    public record Report(int messages, double macroF1, double ekmanMacroF1, Map<String, Double> labelF1,
            Map<String, Double> ekmanF1, OptionalDouble messagesPerSecond) {
        public Report {
            labelF1 = Collections.unmodifiableMap(new LinkedHashMap<>(labelF1));
            ekmanF1 = Collections.unmodifiableMap(new LinkedHashMap<>(ekmanF1));
        }

        /** Prints the report as a short table. */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "messages            %d%n", messages);
            out.printf(Locale.ROOT, "macro-F1 (28)       %.4f%n", macroF1);
            out.printf(Locale.ROOT, "macro-F1 (Ekman+n)  %.4f%n", ekmanMacroF1);
            messagesPerSecond.ifPresent(rate ->
                    out.printf(Locale.ROOT, "throughput          %.0f messages/s (one thread)%n", rate));
            out.println("per label F1:");
            labelF1.forEach((label, f1) -> out.printf(Locale.ROOT, "  %-15s %.3f%n", label, f1));
            out.println("per Ekman group F1:");
            ekmanF1.forEach((group, f1) -> out.printf(Locale.ROOT, "  %-15s %.3f%n", group, f1));
        }
    }

    /** Evaluates {@code classifier} on {@code examples}; measures throughput when the time is positive. */
    public Report evaluate(EmotionClassifier classifier, List<GoEmotionsData.Example> examples,
            Duration throughputTime) {
        int labels = EmotionLabels.ALL.size();
        int groups = ekman.names().size();
        Counts labelCounts = new Counts(labels);
        Counts groupCounts = new Counts(groups);
        boolean[] predictedGroups = new boolean[groups];
        boolean[] goldGroups = new boolean[groups];
        for (GoEmotionsData.Example example : examples) {
            EmotionScores scores = classifier.classify(example.text());
            Arrays.fill(predictedGroups, false);
            Arrays.fill(goldGroups, false);
            for (int l = 0; l < labels; l++) {
                boolean predicted = scores.detected(EmotionLabels.ALL.get(l));
                boolean gold = example.has(l);
                labelCounts.add(l, predicted, gold);
                predictedGroups[ekman.groupOf(l)] |= predicted;
                goldGroups[ekman.groupOf(l)] |= gold;
            }
            for (int g = 0; g < groups; g++) {
                groupCounts.add(g, predictedGroups[g], goldGroups[g]);
            }
        }
        Map<String, Double> labelF1 = new LinkedHashMap<>();
        for (int l = 0; l < labels; l++) {
            labelF1.put(EmotionLabels.ALL.get(l), labelCounts.f1(l));
        }
        Map<String, Double> groupF1 = new LinkedHashMap<>();
        for (int g = 0; g < groups; g++) {
            groupF1.put(ekman.names().get(g), groupCounts.f1(g));
        }
        OptionalDouble rate = OptionalDouble.empty();
        if (throughputTime.isPositive() && !examples.isEmpty()) {
            List<String> texts = examples.stream().map(GoEmotionsData.Example::text).toList();
            rate = OptionalDouble.of(throughput(classifier, texts, throughputTime));
        }
        return new Report(examples.size(), labelCounts.macroF1(), groupCounts.macroF1(), labelF1, groupF1,
                rate);
    }

    /**
     * Messages a second that {@code classifier} scores on the calling thread, cycling through
     * {@code texts}: it runs for {@code time} to warm up (JIT compilation), then for {@code time} measured.
     */
    public static double throughput(EmotionClassifier classifier, List<String> texts, Duration time) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to measure throughput on");
        }
        run(classifier, texts, time.toNanos());
        long[] measured = run(classifier, texts, time.toNanos());
        return measured[0] * 1e9 / measured[1];
    }

    // Returns {messages, elapsed nanoseconds}; the score sum is kept so the work cannot be optimised away.
    private static long[] run(EmotionClassifier classifier, List<String> texts, long nanos) {
        long start = System.nanoTime();
        long elapsed;
        long messages = 0;
        double sink = 0;
        int i = 0;
        do {
            for (int k = 0; k < 256; k++) {
                sink += classifier.classify(texts.get(i)).score("neutral");
                i = i + 1 == texts.size() ? 0 : i + 1;
            }
            messages += 256;
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("a classifier returned NaN");
        }
        return new long[] {messages, elapsed};
    }

    /** Per-class true positives, false positives and false negatives. */
    static final class Counts {
        private final long[] truePositives;
        private final long[] falsePositives;
        private final long[] falseNegatives;

        Counts(int classes) {
            truePositives = new long[classes];
            falsePositives = new long[classes];
            falseNegatives = new long[classes];
        }

        void add(int c, boolean predicted, boolean gold) {
            if (predicted && gold) {
                truePositives[c]++;
            } else if (predicted) {
                falsePositives[c]++;
            } else if (gold) {
                falseNegatives[c]++;
            }
        }

        /** F1 of one class; 0 when it has no true positives (including when it never occurs). */
        double f1(int c) {
            long denominator = 2 * truePositives[c] + falsePositives[c] + falseNegatives[c];
            return denominator == 0 ? 0.0 : 2.0 * truePositives[c] / denominator;
        }

        double macroF1() {
            double sum = 0;
            for (int c = 0; c < truePositives.length; c++) {
                sum += f1(c);
            }
            return sum / truePositives.length;
        }
    }

    /**
     * Prints the evaluation of the bundled model (or {@code --model FILE}) on {@code DATA_DIR/dev.tsv}
     * (default {@code ../shared/data/goemotions}), with throughput measured for {@code --seconds} (3).
     * Usage: {@code EmotionEvaluation [DATA_DIR] [--split dev|train] [--model FILE] [--seconds N]}.
     */
    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of("../shared/data/goemotions");
        String split = "dev";
        Path modelFile = null;
        double seconds = 3;
        List<String> rest = new ArrayList<>(List.of(args));
        try {
            for (int i = 0; i < rest.size(); i++) {
                switch (rest.get(i)) {
                    case "--split" -> split = rest.get(++i);
                    case "--model" -> modelFile = Path.of(rest.get(++i));
                    case "--seconds" -> seconds = Double.parseDouble(rest.get(++i));
                    default -> dataDir = Path.of(rest.get(i));
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            System.err.println("usage: EmotionEvaluation [DATA_DIR] [--split dev] [--model FILE] [--seconds N]");
            System.exit(2);
            return;
        }
        Path splitFile = dataDir.resolve(split + ".tsv");
        Path ekmanFile = dataDir.resolve("ekman_mapping.json");
        if (!Files.isRegularFile(splitFile) || !Files.isRegularFile(ekmanFile)) {
            System.err.println("GoEmotions data not found: expected " + splitFile + " and " + ekmanFile);
            System.exit(2);
            return;
        }
        LinearEmotionClassifier classifier;
        long loading = System.nanoTime();
        if (modelFile == null) {
            classifier = LinearEmotionClassifier.bundled();
        } else {
            try (InputStream in = Files.newInputStream(modelFile)) {
                classifier = LinearEmotionClassifier.read(in);
            }
        }
        long loadMillis = (System.nanoTime() - loading) / 1_000_000;
        List<GoEmotionsData.Example> examples = GoEmotionsData.read(splitFile);
        Report report = new EmotionEvaluation(EkmanGroups.read(ekmanFile))
                .evaluate(classifier, examples, Duration.ofMillis((long) (seconds * 1000)));
        System.out.println("GoEmotions " + split + " split, " + (modelFile == null ? "bundled model" : modelFile)
                + " (" + classifier.model().rowCount() + " feature rows, loaded in " + loadMillis + " ms)");
        report.print(System.out);
    }
}
