package dev.hearth.core.understand.emotion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns a message into hashed sparse features for the linear emotion model: word unigrams and bigrams
 * (with start and end marks) in one block, character n-grams inside each word (with boundary marks) in
 * another; each block is L2-normalised with sub-linear counts ({@code 1 + ln count}).
 *
 * <p>Normalisation, in order: only the first {@link FeaturizerSettings#maxChars()} characters are read;
 * text is lower-cased; curly quotes become straight ones; digits become {@code 0}; combining marks,
 * variation selectors and skin-tone modifiers are dropped; control, format and Braille-art characters
 * become spaces; a character repeated more than twice in a row is squashed to two ("sooooo" becomes
 * "soo", "!!!!" becomes "!!"). Tokens are then words (letters, digits and inner apostrophes), Reddit
 * placeholders such as {@code [NAME]} (one token, {@code [name]}), single emoji and other symbols, and
 * runs of one punctuation mark; double quotes are dropped. The GoEmotions data this is trained on
 * (Demszky et al., ACL 2020) masks names as {@code [NAME]} and {@code [RELIGION]}.
 *
 * <p>Feature keys are 32-bit hashes, so no vocabulary is needed at run time. Thread-safe: it holds no
 * state besides its settings; each thread brings its own {@link FeatureBuffer}.
 */
public final class TextFeaturizer {
    static final int WORD = 0;
    static final int PLACEHOLDER = 1;
    static final int EMOJI = 2;
    static final int SYMBOL = 3;

    private static final int SPACE = ' ';
    private static final int BOUNDARY = 0x2581;
    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int SEED_UNIGRAM = 0x2F1A6B3D;
    private static final int SEED_BIGRAM = 0x5BD1E995;
    private static final int SEED_CHAR = 0x7FEB352D;
    private static final int BEGIN_HASH = 0x1B873593;
    private static final int END_HASH = 0x68E31DA4;
    private static final int MAX_PLACEHOLDER = 16;

    private final FeaturizerSettings settings;

    /** A featurizer with the given settings. */
    public TextFeaturizer(FeaturizerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The settings this featurizer applies. */
    public FeaturizerSettings settings() {
        return settings;
    }

    /**
     * Writes the features of {@code text} into {@code into}, replacing what it held. A null, empty or
     * blank text gives no features.
     */
    public void featurize(String text, FeatureBuffer into) {
        into.clear();
        if (text == null || text.isEmpty()) {
            return;
        }
        normalize(text, into);
        tokenize(into);
        if (into.tokenCount == 0) {
            return;
        }
        wordFeatures(into);
        charFeatures(into);
        emitBlock(into, into.wordHashes, into.wordHashCount);
        emitBlock(into, into.charHashes, into.charHashCount);
    }

    /**
     * The normalised tokens of {@code text}, as the model sees them; for tests and for inspecting the
     * data, not for the per-message path.
     */
    public List<String> tokens(String text) {
        FeatureBuffer buffer = new FeatureBuffer();
        buffer.clear();
        if (text == null) {
            return List.of();
        }
        normalize(text, buffer);
        tokenize(buffer);
        List<String> tokens = new ArrayList<>(buffer.tokenCount);
        for (int t = 0; t < buffer.tokenCount; t++) {
            int start = buffer.tokenStart[t];
            tokens.add(new String(buffer.codePoints, start, buffer.tokenEnd[t] - start));
        }
        return tokens;
    }

    // Stage 1: normalised code points, single spaces between runs, at most two equal characters in a row.
    private void normalize(String text, FeatureBuffer b) {
        int limit = Math.min(text.length(), settings.maxChars());
        int i = 0;
        while (i < limit) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int mapped = map(cp);
            if (mapped < 0) {
                continue;
            }
            int n = b.codePointCount;
            if (mapped == SPACE) {
                if (n > 0 && b.codePoints[n - 1] != SPACE) {
                    b.addCodePoint(SPACE);
                }
                continue;
            }
            if (n >= 2 && b.codePoints[n - 1] == mapped && b.codePoints[n - 2] == mapped) {
                continue; // an elongation: keep two
            }
            b.addCodePoint(mapped);
        }
    }

    /** The normalised form of one code point: itself lower-cased, a replacement, SPACE, or -1 to drop. */
    private static int map(int cp) {
        switch (cp) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '`', '\u00B4' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u201E', '\u2033' -> {
                return '"';
            }
            default -> {
                // fall through to the category rules
            }
        }
        if (cp >= 0x2800 && cp <= 0x28FF) {
            return SPACE; // Braille patterns: Reddit ASCII art, no words in it
        }
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
            return -1; // skin-tone modifiers: the emoji before them carries the meaning
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> {
                return -1;
            }
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> {
                return SPACE;
            }
            case Character.DECIMAL_DIGIT_NUMBER -> {
                return '0';
            }
            default -> {
                return Character.toLowerCase(cp);
            }
        }
    }

    // Stage 2: token spans over the normalised code points, each with its raw (unfinalised) hash.
    private static void tokenize(FeatureBuffer b) {
        int[] cps = b.codePoints;
        int n = b.codePointCount;
        int i = 0;
        while (i < n) {
            int c = cps[i];
            if (c == SPACE || c == '"') {
                i++;
                continue;
            }
            if (c == '[') {
                int j = i + 1;
                while (j < n && j - i <= MAX_PLACEHOLDER && Character.isLetter(cps[j])) {
                    j++;
                }
                if (j > i + 1 && j < n && cps[j] == ']') {
                    b.addToken(i, j + 1, PLACEHOLDER, hash(cps, i, j + 1));
                    i = j + 1;
                    continue;
                }
            }
            if (isWordChar(c)) {
                int j = i;
                while (j < n && isWordChar(cps[j])) {
                    j++;
                }
                int start = i;
                int end = j;
                while (start < end && cps[start] == '\'') {
                    start++;
                }
                while (end > start && cps[end - 1] == '\'') {
                    end--;
                }
                if (start < end) {
                    b.addToken(start, end, WORD, hash(cps, start, end));
                }
                i = j;
                continue;
            }
            if (Character.getType(c) == Character.OTHER_SYMBOL) {
                b.addToken(i, i + 1, EMOJI, hash(cps, i, i + 1));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && cps[j] == c) {
                j++;
            }
            b.addToken(i, j, SYMBOL, hash(cps, i, j));
            i = j;
        }
    }

    private static boolean isWordChar(int c) {
        return c == '\'' || Character.isLetterOrDigit(c);
    }

    private static void wordFeatures(FeatureBuffer b) {
        int previous = BEGIN_HASH;
        for (int t = 0; t < b.tokenCount; t++) {
            int h = b.tokenHash[t];
            b.addWordHash(fmix(h ^ SEED_UNIGRAM));
            b.addWordHash(pair(previous, h));
            previous = h;
        }
        b.addWordHash(pair(previous, END_HASH));
    }

    private void charFeatures(FeatureBuffer b) {
        int min = settings.charMin();
        int max = settings.charMax();
        int[] cps = b.codePoints;
        for (int t = 0; t < b.tokenCount; t++) {
            if (b.tokenKind[t] != WORD) {
                continue;
            }
            int start = b.tokenStart[t];
            int length = b.tokenEnd[t] - start;
            int padded = length + 2;
            for (int p = 0; p < padded; p++) {
                int h = FNV_OFFSET;
                for (int k = 0; k < max && p + k < padded; k++) {
                    int q = p + k;
                    int c = (q == 0 || q == padded - 1) ? BOUNDARY : cps[start + q - 1];
                    h = (h ^ c) * FNV_PRIME;
                    if (k + 1 >= min) {
                        b.addCharHash(fmix(h ^ SEED_CHAR ^ ((k + 1) * 0x9E3779B9)));
                    }
                }
            }
        }
    }

    // Sorts a block's hashes, counts repeats, and appends key/value pairs with unit L2 norm.
    private static void emitBlock(FeatureBuffer b, int[] hashes, int count) {
        if (count == 0) {
            return;
        }
        Arrays.sort(hashes, 0, count);
        int first = b.size;
        double sumSquares = 0;
        int i = 0;
        while (i < count) {
            int key = hashes[i];
            int j = i + 1;
            while (j < count && hashes[j] == key) {
                j++;
            }
            int repeats = j - i;
            float value = repeats == 1 ? 1f : (float) (1 + Math.log(repeats));
            sumSquares += (double) value * value;
            b.addFeature(key, value);
            i = j;
        }
        float scale = (float) (1 / Math.sqrt(sumSquares));
        for (int k = first; k < b.size; k++) {
            b.values[k] *= scale;
        }
    }

    private static int hash(int[] cps, int start, int end) {
        int h = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            h = (h ^ cps[i]) * FNV_PRIME;
        }
        return h;
    }

    private static int pair(int left, int right) {
        return fmix(fmix(left ^ SEED_BIGRAM) * 31 + right);
    }

    /** MurmurHash3's 32-bit finaliser: spreads the bits so that any subset of them is well mixed. */
    private static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
