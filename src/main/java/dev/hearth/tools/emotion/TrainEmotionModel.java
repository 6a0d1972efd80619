package dev.hearth.tools.emotion;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.hearth.core.understand.EmotionLabels;
import dev.hearth.core.understand.emotion.EmotionModel;
import dev.hearth.core.understand.emotion.EmotionModelCodec;
import dev.hearth.core.understand.emotion.FeatureBuffer;
import dev.hearth.core.understand.emotion.FeaturizerSettings;
import dev.hearth.core.understand.emotion.LinearEmotionClassifier;
import dev.hearth.core.understand.emotion.TextFeaturizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.stream.DoubleStream;

/**
 * Trains Hearth's bundled emotion model on GoEmotions (Demszky et al., ACL 2020, "GoEmotions: A Dataset
 * of Fine-Grained Emotions", Apache-2.0) with liblinear: one L2-regularised logistic regression per label
 * over {@link TextFeaturizer}'s features, plus one per Ekman group (six groups and neutral).
 *
 * <p>Everything is tuned on held-out slices of the training split, never on dev. The training split is
 * cut into {@code --folds} slices; each slice is scored by label and group models trained (and
 * quantised, as shipped) without it. On these held-out scores, {@link ThresholdTuner} picks for each
 * label a share of its group's model to add (one of {@code --group-boosts}; the sum is still one linear
 * model per label) and a decision threshold, by coordinate ascent on macro-F1 over the labels plus
 * {@code --group-weight} times macro-F1 over the Ekman groups. The shipped model is then trained on the
 * whole split, combined with the chosen shares, and its biases are shifted so that each threshold sits
 * at a score of exactly 0.5. Finally it is written, read back and scored on dev (when dev.tsv exists).
 *
 * <p>Usage: {@code TrainEmotionModel [DATA_DIR] [--out FILE] [--folds K] [--c C] [--min-df N]
 * [--max-rows N] [--clip Q] [--solver lr|lr-dual|svm] [--threads N] [--seed N] [--group-weight W]
 * [--group-boosts B,B,…] [--char-min N] [--char-max N]}; {@code DATA_DIR} (train.tsv, dev.tsv,
 * ekman_mapping.json) defaults to {@code ../shared/data/goemotions}, {@code FILE} to
 * {@code src/main/resources/models/emotions.bin.gz}. The defaults made the bundled model. Training is
 * seeded, so the same data and options give the same file.
 */
public final class TrainEmotionModel {

    /** Training options; see the class comment. */
    record Options(Path dataDir, Path out, int folds, double c, int minDocuments, int maxRows, double clip,
            SolverType solver, int threads, long seed, double groupWeight, double[] boosts,
            FeaturizerSettings settings) {

        static Options parse(String[] args) {
            Path dataDir = Path.of("../shared/data/goemotions");
            Path out = Path.of("src/main/resources/models/emotions.bin.gz");
            int folds = 5;
            double c = 2.0;
            int minDocuments = 2;
            int maxRows = 250_000;
            double clip = 0.9999;
            SolverType solver = SolverType.L2R_LR_DUAL;
            int threads = 2;
            long seed = 20_201;
            double groupWeight = 1.0;
            double[] boosts = {0, 0.1, 0.2, 0.35, 0.5, 0.75, 1};
            int charMin = FeaturizerSettings.DEFAULT.charMin();
            int charMax = FeaturizerSettings.DEFAULT.charMax();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = Path.of(args[++i]);
                    case "--folds" -> folds = Integer.parseInt(args[++i]);
                    case "--c" -> c = Double.parseDouble(args[++i]);
                    case "--min-df" -> minDocuments = Integer.parseInt(args[++i]);
                    case "--max-rows" -> maxRows = Integer.parseInt(args[++i]);
                    case "--clip" -> clip = Double.parseDouble(args[++i]);
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--group-weight" -> groupWeight = Double.parseDouble(args[++i]);
                    case "--group-boosts" -> boosts = Arrays.stream(args[++i].split(","))
                            .mapToDouble(Double::parseDouble).toArray();
                    case "--char-min" -> charMin = Integer.parseInt(args[++i]);
                    case "--char-max" -> charMax = Integer.parseInt(args[++i]);
                    case "--solver" -> solver = switch (args[++i]) {
                        case "lr" -> SolverType.L2R_LR;
                        case "lr-dual" -> SolverType.L2R_LR_DUAL;
                        case "svm" -> SolverType.L2R_L2LOSS_SVC_DUAL;
                        default -> throw new IllegalArgumentException("unknown solver " + args[i]);
                    };
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        dataDir = Path.of(args[i]);
                    }
                }
            }
            // Variant 0, where tuning starts, is the label's own model alone.
            boosts = DoubleStream.concat(DoubleStream.of(0),
                    Arrays.stream(boosts).filter(b -> b != 0)).distinct().toArray();
            if (folds < 2) {
                throw new IllegalArgumentException("--folds must be at least 2");
            }
            return new Options(dataDir, out, folds, c, minDocuments, maxRows, clip, solver,
                    Math.max(1, threads), seed, groupWeight, boosts,
                    new FeaturizerSettings(charMin, charMax, FeaturizerSettings.DEFAULT.maxChars()));
        }
    }

    private final Options options;
    private final List<String> labels = EmotionLabels.ALL;
    private final EkmanGroups ekman;

    TrainEmotionModel(Options options, EkmanGroups ekman) {
        this.options = options;
        this.ekman = ekman;
    }

    /** Trains, writes and evaluates the model; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (RuntimeException e) {
            System.err.println("usage: TrainEmotionModel [DATA_DIR] [--out FILE] [--folds K] [--c C]"
                    + " [--min-df N] [--max-rows N] [--clip Q] [--solver lr|lr-dual|svm] [--threads N]"
                    + " [--seed N] [--group-weight W] [--group-boosts B,B,...] [--char-min N] [--char-max N]: "
                    + e.getMessage());
            System.exit(2);
            return;
        }
        Path train = options.dataDir().resolve("train.tsv");
        Path ekmanFile = options.dataDir().resolve("ekman_mapping.json");
        if (!Files.isRegularFile(train) || !Files.isRegularFile(ekmanFile)) {
            System.err.println("GoEmotions training data not found at " + train + " or " + ekmanFile
                    + "; pass the folder holding train.tsv, dev.tsv and ekman_mapping.json");
            System.exit(2);
            return;
        }
        new TrainEmotionModel(options, EkmanGroups.read(ekmanFile)).run();
    }

    void run() throws Exception {
        Linear.disableDebugOutput();
        long started = System.nanoTime();
        List<GoEmotionsData.Example> examples = GoEmotionsData.read(options.dataDir().resolve("train.tsv"));
        TextFeaturizer featurizer = new TextFeaturizer(options.settings());
        TrainingMatrix matrix = TrainingMatrix.build(examples, featurizer, options.minDocuments());
        log("featurized %d training examples: %d feature columns (seen in >= %d examples)",
                examples.size(), matrix.columns(), options.minDocuments());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            HeldOut heldOut = crossScore(pool, featurizer, matrix, examples);
            Choice choice = tune(heldOut, examples);
            int[] all = new int[examples.size()];
            Arrays.setAll(all, i -> i);
            Trained full = trainAll(pool, matrix, examples, all);
            double[] shift = Arrays.stream(choice.thresholds()).map(t -> -t).toArray();
            EmotionModel calibrated = compile(matrix, labels, combine(full, choice.boosts())).withBiasShift(shift);
            Files.createDirectories(options.out().toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(options.out())) {
                new EmotionModelCodec().write(calibrated, out);
            }
            log("wrote %s: %d rows, %d bytes, in %.0f s", options.out(), calibrated.rowCount(),
                    Files.size(options.out()), (System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
        evaluateOnDev();
    }

    /** Held-out logits of every training example: per label, and per Ekman group (zero when unused). */
    private record HeldOut(double[][] labels, double[][] groups) {
    }

    /** Per label: the share of its group's model added, and the threshold on the sum. */
    private record Choice(double[] boosts, double[] thresholds) {
    }

    // Scores each slice with models trained on the others.
    private HeldOut crossScore(ExecutorService pool, TextFeaturizer featurizer, TrainingMatrix matrix,
            List<GoEmotionsData.Example> examples) throws Exception {
        int[] fold = foldOf(examples.size());
        HeldOut heldOut = new HeldOut(new double[labels.size()][examples.size()],
                new double[ekman.names().size()][examples.size()]);
        for (int k = 0; k < options.folds(); k++) {
            final int held = k;
            Trained trained = trainAll(pool, matrix, examples, rowsWhere(fold, f -> f != held));
            EmotionModel labelModel = compile(matrix, labels, trained.labels());
            int[] testRows = rowsWhere(fold, f -> f == held);
            scoreInto(featurizer, labelModel, examples, testRows, heldOut.labels());
            if (trained.groups() != null) {
                EmotionModel groupModel = compile(matrix, ekman.names(), trained.groups());
                scoreInto(featurizer, groupModel, examples, testRows, heldOut.groups());
            }
            log("fold %d of %d scored (%d held out, %d rows in its model)", k + 1, options.folds(),
                    testRows.length, labelModel.rowCount());
        }
        return heldOut;
    }

    // Picks each label's group share and threshold on the held-out logits; logs what each step gains.
    private Choice tune(HeldOut heldOut, List<GoEmotionsData.Example> examples) {
        int n = examples.size();
        boolean[][] gold = new boolean[labels.size()][n];
        for (int l = 0; l < labels.size(); l++) {
            for (int e = 0; e < n; e++) {
                gold[l][e] = examples.get(e).has(l);
            }
        }
        double[] own = new double[labels.size()];
        for (int l = 0; l < labels.size(); l++) {
            own[l] = ThresholdTuner.bestThreshold(heldOut.labels()[l], gold[l]);
        }
        log("held-out train, each label's own threshold:  %s", heldOutFigures(heldOut.labels(), gold, own));
        double[] plainJoint = ThresholdTuner.jointThresholds(heldOut.labels(), gold, ekman.groupOfLabel(),
                options.groupWeight());
        log("held-out train, thresholds tuned jointly:     %s",
                heldOutFigures(heldOut.labels(), gold, plainJoint));

        double[] boosts = options.boosts();
        double[][][] variants = new double[labels.size()][boosts.length][n];
        for (int l = 0; l < labels.size(); l++) {
            double[] group = heldOut.groups()[ekman.groupOf(l)];
            for (int b = 0; b < boosts.length; b++) {
                for (int e = 0; e < n; e++) {
                    variants[l][b][e] = heldOut.labels()[l][e] + boosts[b] * group[e];
                }
            }
        }
        ThresholdTuner.Tuning tuning = ThresholdTuner.joint(variants, gold, ekman.groupOfLabel(),
                options.groupWeight());
        double[] boost = new double[labels.size()];
        double[][] chosen = new double[labels.size()][];
        for (int l = 0; l < labels.size(); l++) {
            boost[l] = boosts[tuning.choice()[l]];
            chosen[l] = variants[l][tuning.choice()[l]];
        }
        log("held-out train, with group boosts, jointly:   %s", heldOutFigures(chosen, gold, tuning.thresholds()));
        log("group boost per label: %s", Arrays.toString(boost));
        return new Choice(boost, tuning.thresholds());
    }

    private void evaluateOnDev() throws IOException {
        Path dev = options.dataDir().resolve("dev.tsv");
        if (!Files.isRegularFile(dev)) {
            return;
        }
        LinearEmotionClassifier classifier;
        try (InputStream in = Files.newInputStream(options.out())) {
            classifier = LinearEmotionClassifier.read(in);
        }
        EmotionEvaluation.Report report = new EmotionEvaluation(ekman)
                .evaluate(classifier, GoEmotionsData.read(dev), Duration.ofSeconds(2));
        System.out.println("dev split, the model just written:");
        report.print(System.out);
    }

    /** Per label and per Ekman group (null when no boost is tried): weights of each column, then the bias. */
    private record Trained(double[][] labels, double[][] groups) {
    }

    private Trained trainAll(ExecutorService pool, TrainingMatrix matrix, List<GoEmotionsData.Example> examples,
            int[] rows) throws Exception {
        Feature[][] x = new Feature[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = matrix.rows[rows[i]];
        }
        List<Future<double[]>> labelFutures = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            final int label = l;
            labelFutures.add(pool.submit(() -> train(matrix, rows, x, e -> examples.get(e).has(label))));
        }
        List<Future<double[]>> groupFutures = new ArrayList<>();
        if (Arrays.stream(options.boosts()).anyMatch(b -> b != 0)) {
            for (int g = 0; g < ekman.names().size(); g++) {
                final int group = g;
                groupFutures.add(pool.submit(() -> train(matrix, rows, x, e -> inGroup(examples.get(e), group))));
            }
        }
        double[][] labelWeights = new double[labels.size()][];
        for (int l = 0; l < labels.size(); l++) {
            labelWeights[l] = labelFutures.get(l).get();
        }
        double[][] groupWeights = groupFutures.isEmpty() ? null : new double[groupFutures.size()][];
        for (int g = 0; g < groupFutures.size(); g++) {
            groupWeights[g] = groupFutures.get(g).get();
        }
        return new Trained(labelWeights, groupWeights);
    }

    // Each label's weights plus boost[l] times its group's: still one linear model per label.
    private double[][] combine(Trained trained, double[] boost) {
        double[][] combined = new double[labels.size()][];
        for (int l = 0; l < labels.size(); l++) {
            double[] w = trained.labels()[l].clone();
            if (boost[l] != 0) {
                double[] g = trained.groups()[ekman.groupOf(l)];
                for (int c = 0; c < w.length; c++) {
                    w[c] += boost[l] * g[c];
                }
            }
            combined[l] = w;
        }
        return combined;
    }

    private EmotionModel compile(TrainingMatrix matrix, List<String> names, double[][] weightsThenBias) {
        int columns = weightsThenBias[0].length - 1;
        double[][] weights = new double[names.size()][];
        double[] biases = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            weights[i] = Arrays.copyOf(weightsThenBias[i], columns);
            biases[i] = weightsThenBias[i][columns];
        }
        return new ModelCompiler(options.clip(), options.maxRows())
                .compile(options.settings(), names, weights, biases, matrix.columnKeys);
    }

    private static void scoreInto(TextFeaturizer featurizer, EmotionModel model,
            List<GoEmotionsData.Example> examples, int[] rows, double[][] logits) {
        FeatureBuffer buffer = new FeatureBuffer();
        double[] out = new double[model.labels().size()];
        for (int row : rows) {
            featurizer.featurize(examples.get(row).text(), buffer);
            model.logits(buffer, out);
            for (int i = 0; i < out.length; i++) {
                logits[i][row] = out[i];
            }
        }
    }

    // Weights for columns 1..n then the bias, oriented so that a positive value means "label present".
    private double[] train(TrainingMatrix matrix, int[] rows, Feature[][] x, IntPredicate positive) {
        Problem problem = new Problem();
        problem.l = rows.length;
        problem.n = matrix.columns() + 1;
        problem.x = x;
        problem.bias = 1;
        problem.y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            problem.y[i] = positive.test(rows[i]) ? 1 : -1;
        }
        Parameter parameter = new Parameter(options.solver(), options.c(), 0.01);
        parameter.setRandom(new Random(options.seed()));
        Model model = Linear.train(problem, parameter);
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] oriented = new double[matrix.columns() + 1];
        for (int c = 0; c < oriented.length; c++) {
            oriented[c] = sign * w[c];
        }
        return oriented;
    }

    private boolean inGroup(GoEmotionsData.Example example, int group) {
        for (int label : example.labels()) {
            if (ekman.groupOf(label) == group) {
                return true;
            }
        }
        return false;
    }

    private int[] foldOf(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(options.seed());
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % options.folds();
        }
        return fold;
    }

    private static int[] rowsWhere(int[] fold, IntPredicate keep) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            if (keep.test(fold[i])) {
                rows.add(i);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    // Macro-F1 over the labels and over the Ekman groups at the given thresholds.
    private String heldOutFigures(double[][] logits, boolean[][] gold, double[] thresholds) {
        int n = gold[0].length;
        int groups = ekman.names().size();
        double labelSum = 0;
        for (int l = 0; l < labels.size(); l++) {
            labelSum += ThresholdTuner.f1(logits[l], gold[l], thresholds[l]);
        }
        double groupSum = 0;
        for (int g = 0; g < groups; g++) {
            double[] groupScore = new double[n];
            boolean[] groupGold = new boolean[n];
            for (int l = 0; l < labels.size(); l++) {
                if (ekman.groupOf(l) != g) {
                    continue;
                }
                for (int e = 0; e < n; e++) {
                    groupScore[e] = Math.max(groupScore[e], logits[l][e] >= thresholds[l] ? 1 : 0);
                    groupGold[e] |= gold[l][e];
                }
            }
            groupSum += ThresholdTuner.f1(groupScore, groupGold, 0.5);
        }
        return String.format(Locale.ROOT, "macro-F1 %.4f (28 labels), %.4f (Ekman+neutral)",
                labelSum / labels.size(), groupSum / groups);
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
