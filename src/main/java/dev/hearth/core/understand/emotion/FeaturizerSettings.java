package dev.hearth.core.understand.emotion;

/**
 * How {@link TextFeaturizer} turns text into features. A model file stores the settings it was trained
 * with, so the runtime featurizes exactly as training did.
 *
 * @param charMin   shortest character n-gram taken inside a word (with its boundary marks)
 * @param charMax   longest character n-gram taken inside a word
 * @param maxChars  characters of a message that are read; the rest is ignored (chat messages are short,
 *                  and this bounds the work a pasted novel can cause)
 */
public record FeaturizerSettings(int charMin, int charMax, int maxChars) {

    /** The settings the bundled model uses: character 2- to 5-grams, the first 4,096 characters. */
    public static final FeaturizerSettings DEFAULT = new FeaturizerSettings(2, 5, 4096);

    public FeaturizerSettings {
        if (charMin < 1 || charMax < charMin || charMax > 8) {
            throw new IllegalArgumentException("character n-grams must satisfy 1 <= min <= max <= 8, got "
                    + charMin + ".." + charMax);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
        }
    }
}
