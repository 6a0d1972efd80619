package dev.hearth.core.understand;

import java.util.List;

/**
 * The 28 GoEmotions labels (27 emotions, then {@code neutral}), spelled and ordered as in the data set's
 * {@code emotions.txt} (Demszky et al., 2020). Index {@code i} here is label id {@code i} there.
 */
public final class EmotionLabels {
    /** Every label, in the data set's order. */
    public static final List<String> ALL = List.of(
            "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion",
            "curiosity", "desire", "disappointment", "disapproval", "disgust", "embarrassment",
            "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism",
            "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral");

    /** A label counts as detected at this score or above. */
    public static final double DETECTED = 0.5;

    private EmotionLabels() {
    }
}
