package dev.hearth.core.semantic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small trained classifier on top of sentence vectors: one logistic scorer per label over the
 * vector and a few extra context features (for a dialogue act: did Hearth's last reply ask a
 * question?). Scores are independent probabilities; {@link #best} is the most likely label.
 * Trained by the tools in {@code dev.hearth.tools.semantic}; read by {@link LinearHeadCodec}.
 */
public final class LinearHead {
    private final String name;
    private final List<String> labels;
    private final List<String> features;
    private final int dimension;
    private final float[] weights; // per label: dimension + features.size() weights, then the bias
    private final float[] thresholds;

    /**
     * @param features the names of the extra features, in the order callers pass them
     * @param weights for each label in order, {@code dimension + features.size() + 1} numbers (bias last)
     * @param thresholds for each label, the score at which it counts as present
     */
    public LinearHead(String name, List<String> labels, List<String> features, int dimension, float[] weights,
                      float[] thresholds) {
        this.name = Objects.requireNonNull(name, "name");
        this.labels = List.copyOf(labels);
        this.features = List.copyOf(features);
        this.dimension = dimension;
        if (weights.length != labels.size() * stride()) {
            throw new IllegalArgumentException("head " + name + ": " + weights.length + " weights for "
                    + labels.size() + " labels of " + stride());
        }
        if (thresholds.length != labels.size()) {
            throw new IllegalArgumentException("head " + name + ": one threshold per label");
        }
        this.weights = weights.clone();
        this.thresholds = thresholds.clone();
    }

    private int stride() {
        return dimension + features.size() + 1;
    }

    public String name() {
        return name;
    }

    public List<String> labels() {
        return labels;
    }

    public List<String> features() {
        return features;
    }

    public int dimension() {
        return dimension;
    }

    /** The probability of each label, in label order. {@code extra} must match {@link #features()}. */
    public double[] scores(SentenceVector vector, double... extra) {
        if (vector.dimension() != dimension) {
            throw new IllegalArgumentException("head " + name + " reads " + dimension + " numbers, got "
                    + vector.dimension());
        }
        if (extra.length != features.size()) {
            throw new IllegalArgumentException("head " + name + " needs features " + features);
        }
        double[] scores = new double[labels.size()];
        int stride = stride();
        for (int k = 0; k < labels.size(); k++) {
            int offset = k * stride;
            double z = vector.dot(weights, offset);
            for (int f = 0; f < extra.length; f++) {
                z += extra[f] * weights[offset + dimension + f];
            }
            z += weights[offset + stride - 1];
            scores[k] = 1.0 / (1.0 + Math.exp(-z));
        }
        return scores;
    }

    /** Scores by label name, in label order. */
    public Map<String, Double> scoreMap(SentenceVector vector, double... extra) {
        double[] scores = scores(vector, extra);
        Map<String, Double> map = new LinkedHashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            map.put(labels.get(k), scores[k]);
        }
        return map;
    }

    /** The threshold at which this label counts as present. */
    public double threshold(String label) {
        int k = labels.indexOf(label);
        if (k < 0) {
            throw new IllegalArgumentException("head " + name + " has no label " + label);
        }
        return thresholds[k];
    }

    /** The index of the highest score. */
    public static int best(double[] scores) {
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        return best;
    }

    float[] weightsForCodec() {
        return weights.clone();
    }

    float[] thresholdsForCodec() {
        return thresholds.clone();
    }
}
