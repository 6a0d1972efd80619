package dev.hearth.testing;

import dev.hearth.core.semantic.SentenceEncoder;
import dev.hearth.semantic.OnnxSentenceEncoder;

/**
 * The real sentence model, loaded once per test JVM (about a second) and shared by every test, so
 * the suite reads people the way Hearth does without paying for the model in each test.
 */
public final class SharedEncoder {
    private SharedEncoder() {
    }

    private static final class Holder {
        static final OnnxSentenceEncoder ENCODER = OnnxSentenceEncoder.bundled();
    }

    public static SentenceEncoder get() {
        return Holder.ENCODER;
    }
}
