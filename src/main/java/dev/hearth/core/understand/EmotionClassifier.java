package dev.hearth.core.understand;

/**
 * Scores a message for the 28 GoEmotions labels. Implementations are thread-safe and fast enough for
 * the per-message path (thousands of messages a second on one core).
 */
public interface EmotionClassifier {
    /** Scores one message; never fails, an empty or odd text scores mostly {@code neutral}. */
    EmotionScores classify(String text);
}
