package dev.hearth.tools.emotion;

import java.util.Arrays;

/**
 * Tunes decision thresholds on held-out logits. {@link #bestThreshold} maximises one label's F1;
 * {@link #jointThresholds} then adjusts all labels together for the sum of macro-F1 over the labels and
 * macro-F1 over their groups (a group is predicted when any of its labels is), since a group of many
 * labels collects every label's false positives.
 */
final class ThresholdTuner {
    private static final int CANDIDATES = 48;
    private static final int ROUNDS = 3;

    private ThresholdTuner() {
    }

    /**
     * The threshold that maximises F1 of {@code logits} against {@code gold}: the midpoint between the
     * lowest logit still called positive and the next one below it; above every logit when no cut helps.
     */
    static double bestThreshold(double[] logits, boolean[] gold) {
        int n = logits.length;
        double[] sorted = descending(logits);
        Integer[] order = order(logits);
        int positives = count(gold);
        double bestF1 = -1;
        int bestCount = 0;
        int truePositives = 0;
        for (int k = 1; k <= n; k++) {
            if (gold[order[k - 1]]) {
                truePositives++;
            }
            // Only cut between distinct values: equal logits must fall on the same side.
            if (k < n && sorted[k] == sorted[k - 1]) {
                continue;
            }
            double f1 = 2.0 * truePositives / (k + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestCount = k;
            }
        }
        if (bestCount == 0 || positives == 0) {
            return n == 0 ? 0 : sorted[0] + 1;
        }
        return cut(sorted, bestCount);
    }

    /**
     * Thresholds for all labels at once, by coordinate ascent from each label's own best threshold: for
     * each label in turn, try cuts that predict from a quarter to four times as many examples, keep the
     * one that most improves macro-F1 over labels plus (weighted) macro-F1 over groups.
     *
     * @param logits      per label, per example
     * @param gold        per label, per example
     * @param groupOf     per label, its group index (groups are 0..max)
     * @param groupWeight how much the group macro-F1 counts against the label macro-F1 (1 = equally)
     */
    static double[] jointThresholds(double[][] logits, boolean[][] gold, int[] groupOf, double groupWeight) {
        double[][][] single = new double[logits.length][][];
        for (int l = 0; l < logits.length; l++) {
            single[l] = new double[][] {logits[l]};
        }
        return joint(single, gold, groupOf, groupWeight).thresholds();
    }

    /** For each label, which of its logit variants to use and its threshold on that variant. */
    record Tuning(int[] choice, double[] thresholds) {
    }

    /**
     * Like {@link #jointThresholds}, but each label also chooses among several variants of its logits
     * (for instance the label's model plus more or less of its group's model). Starts from variant 0 at
     * its own best threshold.
     *
     * @param variants per label, per variant, per example
     */
    static Tuning joint(double[][][] variants, boolean[][] gold, int[] groupOf, double groupWeight) {
        int labels = variants.length;
        int n = labels == 0 ? 0 : gold[0].length;
        int groups = Arrays.stream(groupOf).max().orElse(-1) + 1;
        int[] choice = new int[labels];
        double[] thresholds = new double[labels];
        double[][][] sorted = new double[labels][][];
        for (int l = 0; l < labels; l++) {
            thresholds[l] = bestThreshold(variants[l][0], gold[l]);
            sorted[l] = new double[variants[l].length][];
            for (int v = 0; v < variants[l].length; v++) {
                sorted[l][v] = descending(variants[l][v]);
            }
        }
        boolean[][] groupGold = new boolean[groups][n];
        for (int l = 0; l < labels; l++) {
            for (int e = 0; e < n; e++) {
                groupGold[groupOf[l]][e] |= gold[l][e];
            }
        }
        int[][] groupVotes = new int[groups][n];
        for (int l = 0; l < labels; l++) {
            for (int e = 0; e < n; e++) {
                if (variants[l][0][e] >= thresholds[l]) {
                    groupVotes[groupOf[l]][e]++;
                }
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int l = 0; l < labels; l++) {
                int g = groupOf[l];
                int[] votes = groupVotes[g];
                double[] chosen = variants[l][choice[l]];
                // Votes for the group from its other labels.
                int[] others = new int[n];
                for (int e = 0; e < n; e++) {
                    others[e] = votes[e] - (chosen[e] >= thresholds[l] ? 1 : 0);
                }
                int current = Math.max(1, countAtLeast(sorted[l][choice[l]], thresholds[l]));
                double best = objective(chosen, thresholds[l], gold[l], others, groupGold[g], labels, groups,
                        groupWeight);
                int bestChoice = choice[l];
                double bestThreshold = thresholds[l];
                for (int v = 0; v < variants[l].length; v++) {
                    for (double t : candidates(sorted[l][v], current)) {
                        double value = objective(variants[l][v], t, gold[l], others, groupGold[g], labels,
                                groups, groupWeight);
                        if (value > best + 1e-12) {
                            best = value;
                            bestChoice = v;
                            bestThreshold = t;
                        }
                    }
                }
                choice[l] = bestChoice;
                thresholds[l] = bestThreshold;
                double[] now = variants[l][bestChoice];
                for (int e = 0; e < n; e++) {
                    votes[e] = others[e] + (now[e] >= bestThreshold ? 1 : 0);
                }
            }
        }
        return new Tuning(choice, thresholds);
    }

    private static double objective(double[] logits, double threshold, boolean[] gold, int[] others,
            boolean[] groupGold, int labels, int groups, double groupWeight) {
        return f1(logits, gold, threshold) / labels
                + groupWeight * groupF1(logits, threshold, others, groupGold) / groups;
    }

    /** F1 of calling {@code logits >= threshold} positive. */
    static double f1(double[] logits, boolean[] gold, double threshold) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < logits.length; i++) {
            boolean predicted = logits[i] >= threshold;
            if (predicted && gold[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (gold[i]) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    private static double groupF1(double[] logits, double threshold, int[] others, boolean[] gold) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < logits.length; i++) {
            boolean predicted = others[i] > 0 || logits[i] >= threshold;
            if (predicted && gold[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (gold[i]) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    // Cuts predicting from current/4 to current*4 examples, spaced geometrically.
    private static double[] candidates(double[] sorted, int current) {
        int n = sorted.length;
        double[] out = new double[CANDIDATES];
        double low = Math.max(1, current / 4.0);
        double high = Math.min(n, current * 4.0);
        for (int i = 0; i < CANDIDATES; i++) {
            int count = (int) Math.round(low * Math.pow(high / low, i / (double) (CANDIDATES - 1)));
            out[i] = cut(sorted, Math.max(1, Math.min(n, count)));
        }
        return out;
    }

    // The threshold that calls the first `count` of the descending logits positive (ties go with them).
    private static double cut(double[] sorted, int count) {
        int n = sorted.length;
        int k = count;
        while (k < n && sorted[k] == sorted[k - 1]) {
            k++;
        }
        return k < n ? (sorted[k - 1] + sorted[k]) / 2 : sorted[n - 1] - 1;
    }

    private static int countAtLeast(double[] sorted, double threshold) {
        int k = 0;
        while (k < sorted.length && sorted[k] >= threshold) {
            k++;
        }
        return k;
    }

    private static double[] descending(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
            double t = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = t;
        }
        return sorted;
    }

    private static Integer[] order(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        return order;
    }

    private static int count(boolean[] values) {
        int c = 0;
        for (boolean v : values) {
            if (v) {
                c++;
            }
        }
        return c;
    }
}
