package dev.hearth.core.understand.emotion;

import java.util.Arrays;

/**
 * The sparse features of one message, as {@link TextFeaturizer} writes them: hashed feature keys with
 * their weights. It doubles as the featurizer's scratch space and grows as needed, so featurizing many
 * messages into one buffer allocates nothing once it has reached their size.
 *
 * <p>Not thread-safe: use one buffer per thread.
 */
public final class FeatureBuffer {
    // Output: hashed feature keys and their values, size entries.
    int[] keys = new int[256];
    float[] values = new float[256];
    int size;

    // Scratch for the featurizer: normalized code points and token spans.
    int[] codePoints = new int[256];
    int codePointCount;
    int[] tokenStart = new int[64];
    int[] tokenEnd = new int[64];
    int[] tokenKind = new int[64];
    int[] tokenHash = new int[64];
    int tokenCount;

    // Scratch for the featurizer: raw hashes of the word block and the character block.
    int[] wordHashes = new int[128];
    int wordHashCount;
    int[] charHashes = new int[512];
    int charHashCount;

    // Scratch for a model's accumulators.
    float[] accumulators = new float[32];

    /** An empty buffer. */
    public FeatureBuffer() {
    }

    /** How many features the last message produced. */
    public int size() {
        return size;
    }

    /** The hashed key of feature {@code i}. */
    public int key(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return keys[i];
    }

    /** The value of feature {@code i}. */
    public float value(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return values[i];
    }

    void clear() {
        size = 0;
        codePointCount = 0;
        tokenCount = 0;
        wordHashCount = 0;
        charHashCount = 0;
    }

    void addCodePoint(int cp) {
        if (codePointCount == codePoints.length) {
            codePoints = Arrays.copyOf(codePoints, codePoints.length * 2);
        }
        codePoints[codePointCount++] = cp;
    }

    void addToken(int start, int end, int kind, int hash) {
        if (tokenCount == tokenStart.length) {
            int n = tokenStart.length * 2;
            tokenStart = Arrays.copyOf(tokenStart, n);
            tokenEnd = Arrays.copyOf(tokenEnd, n);
            tokenKind = Arrays.copyOf(tokenKind, n);
            tokenHash = Arrays.copyOf(tokenHash, n);
        }
        tokenStart[tokenCount] = start;
        tokenEnd[tokenCount] = end;
        tokenKind[tokenCount] = kind;
        tokenHash[tokenCount] = hash;
        tokenCount++;
    }

    void addWordHash(int hash) {
        if (wordHashCount == wordHashes.length) {
            wordHashes = Arrays.copyOf(wordHashes, wordHashes.length * 2);
        }
        wordHashes[wordHashCount++] = hash;
    }

    void addCharHash(int hash) {
        if (charHashCount == charHashes.length) {
            charHashes = Arrays.copyOf(charHashes, charHashes.length * 2);
        }
        charHashes[charHashCount++] = hash;
    }

    void addFeature(int key, float value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
            values = Arrays.copyOf(values, values.length * 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
    }

    float[] accumulators(int n) {
        if (accumulators.length < n) {
            accumulators = new float[n];
        }
        Arrays.fill(accumulators, 0, n, 0f);
        return accumulators;
    }
}
