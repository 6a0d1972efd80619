package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.hearth.core.understand.EmotionClassifier;
import dev.hearth.core.understand.emotion.LinearEmotionClassifier;

/**
 * Wires the emotion model: the linear GoEmotions classifier bundled in the jar
 * ({@code models/emotions.bin.gz}, trained by {@code scripts/train-emotions}; Demszky et al., 2020).
 */
public final class EmotionModule extends AbstractModule {
    @Provides
    @Singleton
    EmotionClassifier emotions() {
        return LinearEmotionClassifier.bundled();
    }
}
