package dev.hearth.core.semantic;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable sentence embedding. The numbers stay inside: heads read them through {@link #dot},
 * so no stage can change a vector another stage reads.
 */
public final class SentenceVector {
    private final float[] values;

    private SentenceVector(float[] values) {
        this.values = values;
    }

    /** A copy of these numbers as a vector. */
    public static SentenceVector of(float[] values) {
        return new SentenceVector(values.clone());
    }

    /** The zero vector: a sentence with nothing to read. */
    public static SentenceVector zero(int dimension) {
        return new SentenceVector(new float[dimension]);
    }

    /** The normalised mean of several vectors (the whole message), zero when there are none. */
    public static SentenceVector mean(List<SentenceVector> vectors, int dimension) {
        float[] sum = new float[dimension];
        for (SentenceVector v : vectors) {
            for (int i = 0; i < dimension; i++) {
                sum[i] += v.values[i];
            }
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        if (norm > 0) {
            float scale = (float) (1.0 / Math.sqrt(norm));
            for (int i = 0; i < dimension; i++) {
                sum[i] *= scale;
            }
        }
        return new SentenceVector(sum);
    }

    public int dimension() {
        return values.length;
    }

    /** The dot product with {@code weights[offset .. offset + dimension)}. */
    public double dot(float[] weights, int offset) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * weights[offset + i];
        }
        return sum;
    }

    /** Cosine similarity for unit vectors: their dot product. */
    public double similarity(SentenceVector other) {
        return dot(other.values, 0);
    }

    /** True when the vector is all zeros. */
    public boolean isZero() {
        for (float v : values) {
            if (v != 0f) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the numbers, for training tools that write feature files. */
    public float[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentenceVector other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
