package dev.hearth.tools.emotion;

import dev.hearth.core.understand.emotion.EmotionModel;
import dev.hearth.core.understand.emotion.FeaturizerSettings;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns trained floating-point weights into a compact {@link EmotionModel}: per label, weights are
 * quantised to signed bytes on a scale set by a high quantile of their magnitudes (the few larger ones
 * are clipped), rows whose every weight rounds to zero are dropped, and, past {@code maxRows}, the rows
 * with the smallest largest weight go too.
 */
final class ModelCompiler {
    private final double clipQuantile;
    private final int maxRows;

    ModelCompiler(double clipQuantile, int maxRows) {
        if (clipQuantile <= 0 || clipQuantile > 1) {
            throw new IllegalArgumentException("clip quantile must be in (0, 1], got " + clipQuantile);
        }
        this.clipQuantile = clipQuantile;
        this.maxRows = maxRows;
    }

    /**
     * @param weights per label, one weight per column
     * @param biases  per label
     * @param keys    per column, its feature key
     */
    EmotionModel compile(FeaturizerSettings settings, List<String> labels, double[][] weights,
            double[] biases, int[] keys) {
        int n = labels.size();
        int columns = keys.length;
        float[] scales = new float[n];
        byte[][] quantised = new byte[n][columns];
        for (int l = 0; l < n; l++) {
            double[] magnitudes = Arrays.stream(weights[l]).map(Math::abs).sorted().toArray();
            double top = magnitudes.length == 0 ? 0
                    : magnitudes[Math.min(magnitudes.length - 1, (int) Math.floor(clipQuantile * magnitudes.length))];
            double scale = top > 0 ? top / 127 : 1;
            scales[l] = (float) scale;
            for (int c = 0; c < columns; c++) {
                long q = Math.round(weights[l][c] / scales[l]);
                quantised[l][c] = (byte) Math.max(-127, Math.min(127, q));
            }
        }
        int[] largest = new int[columns];
        for (int c = 0; c < columns; c++) {
            int m = 0;
            for (int l = 0; l < n; l++) {
                m = Math.max(m, Math.abs(quantised[l][c]));
            }
            largest[c] = m;
        }
        int[] kept = IntStream.range(0, columns)
                .filter(c -> largest[c] > 0)
                .boxed()
                .sorted(Comparator.comparingInt((Integer c) -> -largest[c]).thenComparingInt(c -> c))
                .limit(maxRows)
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
        int[] rowKeys = new int[kept.length];
        byte[] rowWeights = new byte[kept.length * n];
        for (int r = 0; r < kept.length; r++) {
            rowKeys[r] = keys[kept[r]];
            for (int l = 0; l < n; l++) {
                rowWeights[r * n + l] = quantised[l][kept[r]];
            }
        }
        float[] floatBiases = new float[n];
        for (int l = 0; l < n; l++) {
            floatBiases[l] = (float) biases[l];
        }
        return new EmotionModel(settings, labels, rowKeys, rowWeights, scales, floatBiases);
    }
}
