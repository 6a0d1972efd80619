package dev.hearth.core.understand.emotion;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A one-vs-rest linear model over hashed text features: for each label, {@code logit = bias + scale *
 * sum(value * weight)} with weights quantised to signed bytes, and {@code score = sigmoid(logit)}. Biases
 * are calibrated so that a score of 0.5 is each label's tuned decision threshold.
 *
 * <p>Immutable and thread-safe; scoring allocates nothing (the caller's {@link FeatureBuffer} holds the
 * accumulators). Feature keys absent from the model weigh nothing.
 */
public final class EmotionModel {
    private static final int EMPTY = -1;

    private final FeaturizerSettings settings;
    private final List<String> labels;
    private final int[] keys;
    private final byte[] weights;
    private final float[] scales;
    private final float[] biases;
    private final int[] tableKeys;
    private final int[] tableRows;
    private final int mask;

    /**
     * A model from its parts.
     *
     * @param settings how its features were made
     * @param labels   the label of each output, in order
     * @param keys     distinct feature keys, one per row
     * @param weights  {@code keys.length * labels.size()} quantised weights, row-major (row {@code r}, label
     *                 {@code l} at {@code r * labels.size() + l})
     * @param scales   per label, the value of one quantisation step
     * @param biases   per label, the logit of an empty message (threshold calibration included)
     */
    public EmotionModel(FeaturizerSettings settings, List<String> labels, int[] keys, byte[] weights,
            float[] scales, float[] biases) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.labels = List.copyOf(labels);
        int n = this.labels.size();
        if (n == 0) {
            throw new IllegalArgumentException("a model needs at least one label");
        }
        if (weights.length != (long) keys.length * n || scales.length != n || biases.length != n) {
            throw new IllegalArgumentException("model parts do not fit: " + keys.length + " rows, " + n
                    + " labels, " + weights.length + " weights, " + scales.length + " scales, "
                    + biases.length + " biases");
        }
        this.keys = keys.clone();
        this.weights = weights.clone();
        this.scales = scales.clone();
        this.biases = biases.clone();
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        this.tableKeys = new int[capacity];
        this.tableRows = new int[capacity];
        Arrays.fill(tableRows, EMPTY);
        this.mask = capacity - 1;
        for (int row = 0; row < keys.length; row++) {
            int slot = keys[row] & mask;
            while (tableRows[slot] != EMPTY) {
                if (tableKeys[slot] == keys[row]) {
                    throw new IllegalArgumentException("duplicate feature key " + keys[row]);
                }
                slot = (slot + 1) & mask;
            }
            tableKeys[slot] = keys[row];
            tableRows[slot] = row;
        }
    }

    /** How the model's features are made. */
    public FeaturizerSettings settings() {
        return settings;
    }

    /** The labels, in output order. */
    public List<String> labels() {
        return labels;
    }

    /** How many feature rows the model holds. */
    public int rowCount() {
        return keys.length;
    }

    /** Writes each label's logit for the features into {@code out} (at least one slot per label). */
    public void logits(FeatureBuffer features, double[] out) {
        int n = labels.size();
        float[] acc = features.accumulators(n);
        int[] featureKeys = features.keys;
        float[] featureValues = features.values;
        for (int i = 0; i < features.size; i++) {
            int row = find(featureKeys[i]);
            if (row == EMPTY) {
                continue;
            }
            float value = featureValues[i];
            int base = row * n;
            for (int l = 0; l < n; l++) {
                acc[l] += value * weights[base + l];
            }
        }
        for (int l = 0; l < n; l++) {
            out[l] = biases[l] + (double) scales[l] * acc[l];
        }
    }

    /** Writes each label's score, 0 to 1 with 0.5 at the label's threshold, into {@code out}. */
    public void scores(FeatureBuffer features, double[] out) {
        logits(features, out);
        for (int l = 0; l < labels.size(); l++) {
            out[l] = 1 / (1 + Math.exp(-out[l]));
        }
    }

    /** The same model with each label's bias moved by {@code shift[l]} (used to calibrate thresholds). */
    public EmotionModel withBiasShift(double[] shift) {
        float[] shifted = biases.clone();
        for (int l = 0; l < shifted.length; l++) {
            shifted[l] = (float) (shifted[l] + shift[l]);
        }
        return new EmotionModel(settings, labels, keys, weights, scales, shifted);
    }

    private int find(int key) {
        int slot = key & mask;
        int row;
        while ((row = tableRows[slot]) != EMPTY) {
            if (tableKeys[slot] == key) {
                return row;
            }
            slot = (slot + 1) & mask;
        }
        return EMPTY;
    }

    int[] keys() {
        return keys;
    }

    byte[] weights() {
        return weights;
    }

    float[] scales() {
        return scales;
    }

    float[] biases() {
        return biases;
    }
}
