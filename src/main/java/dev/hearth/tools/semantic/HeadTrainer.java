package dev.hearth.tools.semantic;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.hearth.core.semantic.LinearHead;
import dev.hearth.core.semantic.SentenceVector;
import java.util.List;
import java.util.Set;

/**
 * Trains a {@link LinearHead}: one L2-regularised logistic regression per label (liblinear's primal
 * solver, so the same data always gives the same weights) over a sentence vector and a few context
 * features, with a bias. Also gives cross-validated scores, so thresholds and figures come from data
 * the weights were not fitted on.
 */
public final class HeadTrainer {
    /** One training example: the vector, the context features, and the labels it carries. */
    public record Example(SentenceVector vector, double[] extra, Set<String> labels) {
    }

    private final double c;

    public HeadTrainer(double c) {
        this.c = c;
        Linear.disableDebugOutput();
    }

    /** Trains on all examples; thresholds as given (one per label). */
    public LinearHead train(String name, List<String> labels, List<String> features, int dimension,
                            List<Example> examples, float[] thresholds) {
        int stride = dimension + features.size() + 1;
        float[] weights = new float[labels.size() * stride];
        for (int k = 0; k < labels.size(); k++) {
            double[] w = trainOne(labels.get(k), dimension, features.size(), examples);
            for (int i = 0; i < stride; i++) {
                weights[k * stride + i] = (float) w[i];
            }
        }
        return new LinearHead(name, labels, features, dimension, weights, thresholds);
    }

    /**
     * Scores for every example from a head trained on the other folds (example i is in fold i % folds),
     * in example order.
     */
    public double[][] crossValidated(List<String> labels, List<String> features, int dimension, List<Example> examples,
                                     int folds) {
        return crossValidated(labels, features, dimension, examples, List.of(), new int[0], folds);
    }

    /**
     * Cross-validation with augmented copies: a copy trains only in the folds where its original
     * trains, so the held-out scores (one per original) never see a twin of what they score.
     */
    public double[][] crossValidated(List<String> labels, List<String> features, int dimension, List<Example> examples,
                                     List<Example> copies, int[] originOfCopy, int folds) {
        double[][] scores = new double[examples.size()][];
        float[] half = new float[labels.size()];
        java.util.Arrays.fill(half, 0.5f);
        for (int f = 0; f < folds; f++) {
            List<Example> train = new java.util.ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds != f) {
                    train.add(examples.get(i));
                }
            }
            for (int j = 0; j < copies.size(); j++) {
                if (originOfCopy[j] % folds != f) {
                    train.add(copies.get(j));
                }
            }
            LinearHead head = train("cv", labels, features, dimension, train, half);
            for (int i = f; i < examples.size(); i += folds) {
                Example e = examples.get(i);
                scores[i] = head.scores(e.vector(), e.extra());
            }
        }
        return scores;
    }

    private double[] trainOne(String label, int dimension, int extras, List<Example> examples) {
        int n = examples.size();
        Problem problem = new Problem();
        problem.l = n;
        problem.n = dimension + extras + 1;
        problem.bias = -1; // the bias is the last column, written by hand
        problem.x = new Feature[n][];
        problem.y = new double[n];
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            float[] v = e.vector().toArray();
            Feature[] row = new Feature[dimension + extras + 1];
            for (int d = 0; d < dimension; d++) {
                row[d] = new FeatureNode(d + 1, v[d]);
            }
            for (int x = 0; x < extras; x++) {
                row[dimension + x] = new FeatureNode(dimension + x + 1, e.extra()[x]);
            }
            row[dimension + extras] = new FeatureNode(dimension + extras + 1, 1.0);
            problem.x[i] = row;
            problem.y[i] = e.labels().contains(label) ? 1 : 0;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, 0.0001);
        Model model = Linear.train(problem, parameter);
        double[] raw = model.getFeatureWeights();
        // liblinear's first label is the first one it met: make the weights score "label present".
        boolean flipped = model.getLabels()[0] != 1;
        double[] w = new double[dimension + extras + 1];
        for (int i = 0; i < w.length; i++) {
            w[i] = flipped ? -raw[i] : raw[i];
        }
        return w;
    }
}
