package dev.hearth.tools.crisis;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.hearth.core.safety.CrisisAssessment;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.safety.CrisisModel;
import dev.hearth.core.safety.LayeredCrisisDetector;
import dev.hearth.core.safety.ModelAssistedCrisisDetector;
import dev.hearth.core.understand.emotion.EmotionModel;
import dev.hearth.core.understand.emotion.EmotionModelCodec;
import dev.hearth.core.understand.emotion.FeatureBuffer;
import dev.hearth.core.understand.emotion.FeaturizerSettings;
import dev.hearth.core.understand.emotion.TextFeaturizer;
import dev.hearth.tools.emotion.GoEmotionsData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains Hearth's crisis model ({@code models/crisis.bin.gz}): two L2-regularised logistic regressions
 * (liblinear, primal solver, so no randomness) over {@link TextFeaturizer}'s hashed word 1-2-grams and
 * character 2-5-grams, one for {@code risk} (concern or acute against none) and one for {@code acute}
 * (acute against the rest).
 *
 * <p>Data: the messages written for Hearth in {@code train/crisis/train.jsonl}, plus ordinary Reddit
 * comments sampled (seeded) from GoEmotions train (Demszky et al., ACL 2020, Apache-2.0) as negatives;
 * a comment the rules flag is left out, since some of those really are at risk.
 *
 * <p>Thresholds: every example is scored by models trained (and quantised, as shipped) without its
 * slice of {@code --folds}. The two thresholds are then chosen on these held-out scores through
 * {@link ModelAssistedCrisisDetector#combine}, the rule that runs in Hearth: the risk threshold is the
 * lowest at which the lifts of written hard negatives and of GoEmotions comments stay within
 * {@code --max-hard-lift} and {@code --max-reddit-lift}; the acute threshold likewise, with
 * {@code --max-acute-none}, {@code --max-acute-concern} and {@code --max-acute-reddit}. The shipped
 * model is trained on everything and its biases shifted so that each threshold sits at a score of 0.5.
 * The test sets of {@code src/test/resources/safety/} are never read.
 *
 * <p>Usage: {@code TrainCrisisModel [--data FILE] [--goemotions FILE] [--out FILE] [--negatives N]
 * [--folds K] [--c C] [--min-df N] [--seed N] [--max-hard-lift R] [--max-reddit-lift R]
 * [--max-acute-none R] [--max-acute-concern R] [--max-acute-reddit R]}. The defaults made the bundled
 * model; the same data and options give the same bytes.
 */
public final class TrainCrisisModel {

    /** Training options; see the class comment. */
    record Options(Path data, Path goemotions, Path out, int negatives, int folds, double c, int minDocuments,
            long seed, double maxHardLift, double maxRedditLift, double maxAcuteNone, double maxAcuteConcern,
            double maxAcuteReddit) {

        static Options defaults() {
            return new Options(Path.of("train/crisis/train.jsonl"), Path.of("../shared/data/goemotions/train.tsv"),
                    Path.of("src/main/resources/models/crisis.bin.gz"), 6000, 5, 4.0, 2, 202_404L,
                    0.02, 0.001, 0.01, 0.05, 0.0003);
        }

        static Options parse(String[] args) {
            Options o = defaults();
            for (int i = 0; i < args.length; i++) {
                String v = i + 1 < args.length ? args[i + 1] : null;
                if (v == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                o = switch (args[i]) {
                    case "--data" -> new Options(Path.of(v), o.goemotions, o.out, o.negatives, o.folds, o.c, o.minDocuments, o.seed, o.maxHardLift, o.maxRedditLift, o.maxAcuteNone, o.maxAcuteConcern, o.maxAcuteReddit);
                    case "--goemotions" -> new Options(o.data, Path.of(v), o.out, o.negatives, o.folds, o.c, o.minDocuments, o.seed, o.maxHardLift, o.maxRedditLift, o.maxAcuteNone, o.maxAcuteConcern, o.maxAcuteReddit);
                    case "--out" -> new Options(o.data, o.goemotions, Path.of(v), o.negatives, o.folds, o.c, o.minDocuments, o.seed, o.maxHardLift, o.maxRedditLift, o.maxAcuteNone, o.maxAcuteConcern, o.maxAcuteReddit);
                    case "--negatives" -> new Options(o.data, o.goemotions, o.out, Integer.parseInt(v), o.folds, o.c, o.minDocuments, o.seed, o.maxHardLift, o.maxRedditLift, o.maxAcuteNone, o.maxAcuteConcern, o.maxAcuteReddit);
                    case "--folds" -> new Options(o.data, o.goemotions, o.out, o.negatives, Integer.parseInt(v), o.c, o.minDocuments, o.seed, o.maxHardLift, o.maxRedditLift, o.maxAcuteNone, o.maxAcuteConcern, o.maxAcuteReddit);
                    case "--c" -> new Options(o.data, o.goemotions, o.out, o.negatives, o.folds, Double.parseDouble(v), o.minDocuments, o.seed, o.maxHardLift, o.maxRedditLift, o.maxAcuteNone, o.maxAcuteConcern, o.maxAcuteReddit);
                    case "--min-df" -> new Options(o.data, o.goemotions, o.out, o.negatives, o.folds, o.c, Integer.parseInt(v), o.seed, o.maxHardLift, o.maxRedditLift, o.maxAcuteNone, o.maxAcuteConcern, o.maxAcuteReddit);
                    case "--seed" -> new Options(o.data, o.goemotions, o.out, o.negatives, o.folds, o.c, o.minDocuments, Long.parseLong(v), o.maxHardLift, o.maxRedditLift, o.maxAcuteNone, o.maxAcuteConcern, o.maxAcuteReddit);
                    case "--max-hard-lift" -> new Options(o.data, o.goemotions, o.out, o.negatives, o.folds, o.c, o.minDocuments, o.seed, Double.parseDouble(v), o.maxRedditLift, o.maxAcuteNone, o.maxAcuteConcern, o.maxAcuteReddit);
                    case "--max-reddit-lift" -> new Options(o.data, o.goemotions, o.out, o.negatives, o.folds, o.c, o.minDocuments, o.seed, o.maxHardLift, Double.parseDouble(v), o.maxAcuteNone, o.maxAcuteConcern, o.maxAcuteReddit);
                    case "--max-acute-none" -> new Options(o.data, o.goemotions, o.out, o.negatives, o.folds, o.c, o.minDocuments, o.seed, o.maxHardLift, o.maxRedditLift, Double.parseDouble(v), o.maxAcuteConcern, o.maxAcuteReddit);
                    case "--max-acute-concern" -> new Options(o.data, o.goemotions, o.out, o.negatives, o.folds, o.c, o.minDocuments, o.seed, o.maxHardLift, o.maxRedditLift, o.maxAcuteNone, Double.parseDouble(v), o.maxAcuteReddit);
                    case "--max-acute-reddit" -> new Options(o.data, o.goemotions, o.out, o.negatives, o.folds, o.c, o.minDocuments, o.seed, o.maxHardLift, o.maxRedditLift, o.maxAcuteNone, o.maxAcuteConcern, Double.parseDouble(v));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                };
                i++;
            }
            if (o.folds < 2) {
                throw new IllegalArgumentException("--folds must be at least 2");
            }
            return o;
        }
    }

    /** One training message: its text, its level, and whether it was written for Hearth (or is Reddit). */
    record Example(String text, CrisisLevel level, boolean written) {
    }

    /** The two thresholds, as logits of the uncalibrated heads. */
    record Thresholds(double risk, double acute) {
    }

    private static final FeaturizerSettings SETTINGS = FeaturizerSettings.DEFAULT;
    private static final double CLIP_QUANTILE = 0.9995;

    private TrainCrisisModel() {
    }

    /** Trains, tunes, writes and reports; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (RuntimeException e) {
            System.err.println("usage: TrainCrisisModel [--data FILE] [--goemotions FILE] [--out FILE] [--negatives N]"
                    + " [--folds K] [--c C] [--min-df N] [--seed N] [--max-hard-lift R] [--max-reddit-lift R]"
                    + " [--max-acute-none R] [--max-acute-concern R] [--max-acute-reddit R]: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isRegularFile(options.data()) || !Files.isRegularFile(options.goemotions())) {
            System.err.println("training data not found: " + options.data() + " and " + options.goemotions());
            System.exit(2);
            return;
        }
        Linear.disableDebugOutput();
        long started = System.nanoTime();
        LayeredCrisisDetector rules = LayeredCrisisDetector.english();
        List<Example> examples = new ArrayList<>(readWritten(options.data()));
        int written = examples.size();
        examples.addAll(redditNegatives(GoEmotionsData.read(options.goemotions()), rules, options.negatives(),
                options.seed()));
        log("%d written messages, %d GoEmotions comments as negatives", written, examples.size() - written);

        Thresholds thresholds = tune(examples, options, rules);
        byte[] bytes = trainBytes(examples, options.c(), options.minDocuments(), thresholds);
        Path parent = options.out().toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.write(options.out(), bytes);
        CrisisModel shipped = CrisisModel.read(new ByteArrayInputStream(bytes));
        log("wrote %s: %d rows, %d bytes, in %.0f s", options.out(), shipped.model().rowCount(), bytes.length,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Trains both heads on every example and returns the model file's bytes, biases shifted so that the
     * thresholds sit at a score of 0.5. Deterministic: the same input gives the same bytes.
     */
    static byte[] trainBytes(List<Example> examples, double c, int minDocuments, Thresholds thresholds) {
        TextFeaturizer featurizer = new TextFeaturizer(SETTINGS);
        Matrix matrix = Matrix.build(examples, featurizer, minDocuments);
        int[] all = new int[examples.size()];
        Arrays.setAll(all, i -> i);
        EmotionModel model = fit(matrix, examples, all, c)
                .withBiasShift(new double[] {-thresholds.risk(), -thresholds.acute()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new EmotionModelCodec().write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads the written set (the evaluation sets' JSONL format). */
    static List<Example> readWritten(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CrisisEvalCase.readJsonl(reader).stream()
                    .map(c -> new Example(c.text(), c.level(), true))
                    .toList();
        }
    }

    /** A seeded sample of GoEmotions comments the rules leave at none, as negatives. */
    static List<Example> redditNegatives(List<GoEmotionsData.Example> comments, LayeredCrisisDetector rules,
            int count, long seed) {
        Integer[] order = new Integer[comments.size()];
        Arrays.setAll(order, i -> i);
        Random random = new Random(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<Example> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int flagged = 0;
        for (int i = 0; i < order.length && out.size() < count; i++) {
            String text = comments.get(order[i]).text();
            if (!seen.add(text)) {
                continue;
            }
            if (rules.assess(text).isCrisis()) {
                flagged++; // some of these really are at risk: not a negative
                continue;
            }
            out.add(new Example(text, CrisisLevel.NONE, false));
        }
        log("left out %d sampled comments that the rules flag", flagged);
        return out;
    }

    // ---- tuning on held-out scores ----------------------------------------------------------------

    private static Thresholds tune(List<Example> examples, Options options, LayeredCrisisDetector rules) {
        int n = examples.size();
        TextFeaturizer featurizer = new TextFeaturizer(SETTINGS);
        Matrix matrix = Matrix.build(examples, featurizer, options.minDocuments());
        log("%d feature columns (seen in >= %d messages)", matrix.columnKeys.length, options.minDocuments());
        double[] riskLogit = new double[n];
        double[] acuteLogit = new double[n];
        int[] fold = folds(examples, options.folds(), options.seed());
        FeatureBuffer buffer = new FeatureBuffer();
        double[] out = new double[2];
        for (int k = 0; k < options.folds(); k++) {
            final int held = k;
            int[] train = rowsWhere(fold, f -> f != held);
            EmotionModel model = fit(matrix, examples, train, options.c());
            for (int e = 0; e < n; e++) {
                if (fold[e] == held) {
                    featurizer.featurize(examples.get(e).text(), buffer);
                    model.logits(buffer, out);
                    riskLogit[e] = out[0];
                    acuteLogit[e] = out[1];
                }
            }
        }
        CrisisAssessment[] ruled = new CrisisAssessment[n];
        for (int e = 0; e < n; e++) {
            ruled[e] = rules.assess(examples.get(e).text());
        }
        Held held = new Held(examples, ruled, riskLogit, acuteLogit);

        log("held-out (%d slices), rules alone:%n%s", options.folds(), held.report(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        double risk = chooseRisk(held, options);
        double acute = chooseAcute(held, options, risk);
        log("chosen thresholds (logits): risk %.3f, acute %.3f", risk, acute);
        log("held-out (%d slices), rules with the model:%n%s", options.folds(), held.report(risk, acute));
        log("written messages the model lifted on held-out scores (level, reason, text):%n%s", held.lifts(risk, acute));
        return new Thresholds(risk, acute);
    }

    /** Held-out scores and the rules' word on every example, and what the combination makes of them. */
    private record Held(List<Example> examples, CrisisAssessment[] ruled, double[] risk, double[] acute) {

        CrisisLevel level(int e, double riskThreshold, double acuteThreshold) {
            return combined(e, riskThreshold, acuteThreshold).level();
        }

        CrisisAssessment combined(int e, double riskThreshold, double acuteThreshold) {
            CrisisModel.Scores scores = new CrisisModel.Scores(sigmoid(risk[e] - riskThreshold),
                    sigmoid(acute[e] - acuteThreshold));
            return ModelAssistedCrisisDetector.combine(ruled[e], scores);
        }

        /** Counts: [written none, written concern, written acute, reddit] rows x [none, concern, acute] columns. */
        int[][] confusion(double riskThreshold, double acuteThreshold) {
            int[][] counts = new int[4][3];
            for (int e = 0; e < examples.size(); e++) {
                Example x = examples.get(e);
                int row = x.written() ? x.level().ordinal() : 3;
                counts[row][level(e, riskThreshold, acuteThreshold).ordinal()]++;
            }
            return counts;
        }

        String report(double riskThreshold, double acuteThreshold) {
            int[][] c = confusion(riskThreshold, acuteThreshold);
            int atRisk = sum(c[1]) + sum(c[2]);
            return String.format(Locale.ROOT,
                    "  written: acute recall %.3f (%d/%d), any-level recall %.3f (%d/%d), acute false alarms %.3f,"
                            + " any-level false alarms %.3f (%d/%d), concern judged acute %d/%d%n"
                            + "  GoEmotions sample: flagged %d of %d (%d acute)",
                    ratio(c[2][2], sum(c[2])), c[2][2], sum(c[2]),
                    ratio(atRisk - c[1][0] - c[2][0], atRisk), atRisk - c[1][0] - c[2][0], atRisk,
                    ratio(c[0][2], sum(c[0])), ratio(sum(c[0]) - c[0][0], sum(c[0])), sum(c[0]) - c[0][0], sum(c[0]),
                    c[1][2], sum(c[1]), sum(c[3]) - c[3][0], sum(c[3]), c[3][2]);
        }

        String lifts(double riskThreshold, double acuteThreshold) {
            StringBuilder sb = new StringBuilder();
            for (int e = 0; e < examples.size(); e++) {
                CrisisAssessment after = combined(e, riskThreshold, acuteThreshold);
                if (after.level() != ruled[e].level()) {
                    Example x = examples.get(e);
                    sb.append(String.format(Locale.ROOT, "  %s %s -> %s [%s] %s%n", x.written() ? x.level().wireName() : "reddit",
                            ruled[e].level().wireName(), after.level().wireName(), after.reason(), x.text()));
                }
            }
            return sb.toString();
        }
    }

    // The lowest risk threshold (acute off) whose lifts of negatives stay within bounds.
    private static double chooseRisk(Held held, Options options) {
        int[][] base = held.confusion(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        double best = Double.POSITIVE_INFINITY;
        for (double t : candidates(held.risk())) {
            int[][] c = held.confusion(t, Double.POSITIVE_INFINITY);
            double hard = (double) (base[0][0] - c[0][0]) / sum(c[0]);
            double reddit = (double) (base[3][0] - c[3][0]) / sum(c[3]);
            if (hard <= options.maxHardLift() && reddit <= options.maxRedditLift()) {
                best = Math.min(best, t);
            }
        }
        return best;
    }

    // The lowest acute threshold whose new acute judgements of non-acute messages stay within bounds.
    private static double chooseAcute(Held held, Options options, double risk) {
        int[][] base = held.confusion(risk, Double.POSITIVE_INFINITY);
        double best = Double.POSITIVE_INFINITY;
        for (double t : candidates(held.acute())) {
            int[][] c = held.confusion(risk, t);
            double none = (double) (c[0][2] - base[0][2]) / sum(c[0]);
            double concern = (double) (c[1][2] - base[1][2]) / sum(c[1]);
            double reddit = (double) (c[3][2] - base[3][2]) / sum(c[3]);
            if (none <= options.maxAcuteNone() && concern <= options.maxAcuteConcern()
                    && reddit <= options.maxAcuteReddit()) {
                best = Math.min(best, t);
            }
        }
        return best;
    }

    // Midpoints between distinct held-out logits, highest first, thinned to about 2,000.
    private static double[] candidates(double[] logits) {
        double[] sorted = Arrays.stream(logits).distinct().sorted().toArray();
        int step = Math.max(1, sorted.length / 2000);
        List<Double> out = new ArrayList<>();
        for (int i = sorted.length - 1; i > 0; i -= step) {
            double t = (sorted[i] + sorted[i - 1]) / 2;
            if (t > -2) { // a lift needs some confidence: never below a raw probability of about 0.12
                out.add(t);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    // ---- fitting ----------------------------------------------------------------------------------

    /** The examples featurized as at run time, in liblinear's form, with a bias column last. */
    private record Matrix(int[] columnKeys, Feature[][] rows) {
        static Matrix build(List<Example> examples, TextFeaturizer featurizer, int minDocuments) {
            FeatureBuffer buffer = new FeatureBuffer();
            List<Map<Integer, Double>> merged = new ArrayList<>(examples.size());
            Map<Integer, Integer> documents = new HashMap<>();
            for (Example x : examples) {
                featurizer.featurize(x.text(), buffer);
                Map<Integer, Double> row = new TreeMap<>();
                for (int i = 0; i < buffer.size(); i++) {
                    row.merge(buffer.key(i), (double) buffer.value(i), Double::sum);
                }
                for (Integer key : row.keySet()) {
                    documents.merge(key, 1, Integer::sum);
                }
                merged.add(row);
            }
            int[] keys = documents.entrySet().stream().filter(e -> e.getValue() >= minDocuments)
                    .mapToInt(Map.Entry::getKey).sorted().toArray();
            Map<Integer, Integer> column = new HashMap<>(keys.length * 2);
            for (int c = 0; c < keys.length; c++) {
                column.put(keys[c], c + 1);
            }
            FeatureNode bias = new FeatureNode(keys.length + 1, 1.0);
            Feature[][] rows = new Feature[examples.size()][];
            for (int e = 0; e < examples.size(); e++) {
                List<Feature> row = new ArrayList<>();
                Map<Integer, Double> byColumn = new TreeMap<>();
                merged.get(e).forEach((key, value) -> {
                    Integer c = column.get(key);
                    if (c != null) {
                        byColumn.put(c, value);
                    }
                });
                byColumn.forEach((c, value) -> row.add(new FeatureNode(c, value)));
                row.add(bias);
                rows[e] = row.toArray(Feature[]::new);
            }
            return new Matrix(keys, rows);
        }
    }

    /** Both heads trained on the given rows, quantised as shipped (thresholds not yet applied). */
    private static EmotionModel fit(Matrix matrix, List<Example> examples, int[] rows, double c) {
        double[] risk = fitHead(matrix, examples, rows, c, x -> x.level() != CrisisLevel.NONE);
        double[] acute = fitHead(matrix, examples, rows, c, x -> x.level() == CrisisLevel.ACUTE);
        return compile(matrix.columnKeys(), new double[][] {risk, acute});
    }

    private static double[] fitHead(Matrix matrix, List<Example> examples, int[] rows, double c,
            java.util.function.Predicate<Example> positive) {
        Problem problem = new Problem();
        problem.l = rows.length;
        problem.n = matrix.columnKeys().length + 1;
        problem.bias = 1;
        problem.x = new Feature[rows.length][];
        problem.y = new double[rows.length];
        int positives = 0;
        for (int i = 0; i < rows.length; i++) {
            problem.x[i] = matrix.rows()[rows[i]];
            boolean p = positive.test(examples.get(rows[i]));
            problem.y[i] = p ? 1 : -1;
            positives += p ? 1 : 0;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, 0.001);
        // The positives are few against thousands of ordinary comments: weigh the classes evenly.
        double negatives = rows.length - positives;
        parameter.setWeights(new double[] {negatives / Math.max(1, positives), 1}, new int[] {1, -1});
        parameter.setRandom(new Random(0));
        Model model = Linear.train(problem, parameter);
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] oriented = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            oriented[i] = sign * w[i];
        }
        return oriented;
    }

    // Per head, weights quantised to signed bytes on a scale set by a high quantile of their magnitudes;
    // rows whose weights all round to zero are dropped.
    private static EmotionModel compile(int[] columnKeys, double[][] weightsThenBias) {
        int heads = weightsThenBias.length;
        int columns = columnKeys.length;
        float[] scales = new float[heads];
        float[] biases = new float[heads];
        byte[][] q = new byte[heads][columns];
        for (int h = 0; h < heads; h++) {
            double[] magnitudes = new double[columns];
            for (int c = 0; c < columns; c++) {
                magnitudes[c] = Math.abs(weightsThenBias[h][c]);
            }
            Arrays.sort(magnitudes);
            double top = columns == 0 ? 0 : magnitudes[Math.min(columns - 1, (int) Math.floor(CLIP_QUANTILE * columns))];
            scales[h] = (float) (top > 0 ? top / 127 : 1);
            biases[h] = (float) weightsThenBias[h][columns];
            for (int c = 0; c < columns; c++) {
                q[h][c] = (byte) Math.max(-127, Math.min(127, Math.round(weightsThenBias[h][c] / scales[h])));
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            boolean any = false;
            for (int h = 0; h < heads && !any; h++) {
                any = q[h][c] != 0;
            }
            if (any) {
                kept.add(c);
            }
        }
        int[] keys = new int[kept.size()];
        byte[] weights = new byte[kept.size() * heads];
        for (int r = 0; r < kept.size(); r++) {
            keys[r] = columnKeys[kept.get(r)];
            for (int h = 0; h < heads; h++) {
                weights[r * heads + h] = q[h][kept.get(r)];
            }
        }
        return new EmotionModel(SETTINGS, CrisisModel.LABELS, keys, weights, scales, biases);
    }

    // Slices stratified by level and source, seeded.
    private static int[] folds(List<Example> examples, int k, long seed) {
        int[] fold = new int[examples.size()];
        Map<String, List<Integer>> strata = new TreeMap<>();
        for (int e = 0; e < examples.size(); e++) {
            Example x = examples.get(e);
            strata.computeIfAbsent(x.level() + "/" + x.written(), s -> new ArrayList<>()).add(e);
        }
        Random random = new Random(seed);
        for (List<Integer> members : strata.values()) {
            java.util.Collections.shuffle(members, random);
            for (int i = 0; i < members.size(); i++) {
                fold[members.get(i)] = i % k;
            }
        }
        return fold;
    }

    private static int[] rowsWhere(int[] fold, java.util.function.IntPredicate keep) {
        return java.util.stream.IntStream.range(0, fold.length).filter(i -> keep.test(fold[i])).toArray();
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static int sum(int[] values) {
        return Arrays.stream(values).sum();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
