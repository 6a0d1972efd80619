package dev.hearth.tools.crisis;

import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.safety.LayeredCrisisDetector;
import dev.hearth.core.safety.ModelAssistedCrisisDetector;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Command-line evaluation of the crisis detector, for {@code scripts/eval}: reads a labelled JSONL
 * set, prints recall, false-alarm rates, the confusion matrix, every disagreement (with
 * {@code --mistakes}) and the time per message.
 *
 * <pre>java -cp … dev.hearth.tools.crisis.CrisisEvaluation [FILE] [--mistakes] [--rules-only]</pre>
 *
 * It evaluates the detector Hearth runs: the rules with the trained model behind them
 * ({@link ModelAssistedCrisisDetector}); {@code --rules-only} evaluates the rules alone.
 * FILE defaults to {@code src/test/resources/safety/crisis-eval.jsonl}. Exit code 0 when the targets
 * (acute recall ≥ 0.98, any-level recall ≥ 0.99, acute false alarms ≤ 0.03) hold, 1 when not,
 * 2 for a bad argument or file.
 */
public final class CrisisEvaluation {
    private static final Path DEFAULT_SET = Path.of("src/test/resources/safety/crisis-eval.jsonl");
    private static final int WARM_UP_PASSES = 30;
    private static final int TIMED_REPEATS = 15;

    private CrisisEvaluation() {
    }

    public static void main(String[] args) {
        boolean mistakes = Arrays.asList(args).contains("--mistakes");
        boolean rulesOnly = Arrays.asList(args).contains("--rules-only");
        boolean learned = Arrays.asList(args).contains("--learned");
        Path file = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map(Path::of).orElse(DEFAULT_SET);
        List<CrisisEvalCase> cases;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            cases = CrisisEvalCase.readJsonl(reader);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("Cannot read the evaluation set " + file + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        long loadStart = System.nanoTime();
        CrisisDetector detector = learned ? learnedJudge() : rulesOnly ? LayeredCrisisDetector.english()
                : ModelAssistedCrisisDetector.english();
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;

        CrisisEvalReport report = CrisisEvalReport.evaluate(detector, cases);
        System.out.println("set: " + file + " (" + cases.size() + " messages), detector: "
                + (learned ? "rules with the crisis model and the learned head on embeddings"
                : rulesOnly ? "rules alone" : "rules with the crisis model"));
        System.out.print(report.format(mistakes));
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "detector loaded in %d ms", loadMillis));
        System.out.print(timing(detector, cases));

        boolean met = report.acuteRecall() >= 0.98 && report.anyLevelRecall() >= 0.99 && report.acuteFalseAlarmRate() <= 0.03;
        System.exit(met ? 0 : 1);
    }

    /**
     * Time per message after a warm-up. Each message is timed several times and its median kept, so
     * a build running next door does not pass for a slow rule; the spread across messages is what is
     * reported, with the best full-pass throughput.
     */
    /** The judge Hearth runs on a conversational message: split, embedded once per sentence, judged. */
    private static CrisisDetector learnedJudge() {
        var encoder = dev.hearth.semantic.OnnxSentenceEncoder.bundled();
        var splitter = new dev.hearth.core.reading.SentenceSplitter();
        var judge = new dev.hearth.core.safety.LearnedCrisisJudge(ModelAssistedCrisisDetector.english(),
                dev.hearth.core.semantic.LinearHeadCodec.bundled("models/heads/crisis.bin.gz"));
        return text -> {
            List<String> sentences = splitter.split(text);
            return judge.judge(text, sentences, sentences.stream().map(encoder::encode).toList());
        };
    }

    static String timing(CrisisDetector detector, List<CrisisEvalCase> cases) {
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (CrisisEvalCase c : cases) {
                detector.assess(c.text());
            }
        }
        double[] medians = new double[cases.size()];
        long[] repeats = new long[TIMED_REPEATS];
        for (int i = 0; i < cases.size(); i++) {
            String text = cases.get(i).text();
            for (int r = 0; r < TIMED_REPEATS; r++) {
                long start = System.nanoTime();
                detector.assess(text);
                repeats[r] = System.nanoTime() - start;
            }
            Arrays.sort(repeats);
            medians[i] = repeats[TIMED_REPEATS / 2] / 1000.0;
        }
        long bestPass = Long.MAX_VALUE;
        for (int pass = 0; pass < 5; pass++) {
            long start = System.nanoTime();
            for (CrisisEvalCase c : cases) {
                detector.assess(c.text());
            }
            bestPass = Math.min(bestPass, System.nanoTime() - start);
        }
        double[] sorted = medians.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        return String.format(Locale.ROOT,
                "time per message (median of %d runs each, %d messages): mean %.1f us, median %.1f us, p99 %.1f us, max %.1f us%n"
                        + "throughput: %.0f messages per second on one thread (best of 5 passes)%n",
                TIMED_REPEATS, sorted.length, mean, sorted[sorted.length / 2],
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)], sorted[sorted.length - 1],
                cases.size() / (bestPass / 1e9));
    }
}
