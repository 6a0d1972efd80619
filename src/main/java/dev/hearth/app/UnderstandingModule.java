package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.understand.Cadence;
import dev.hearth.core.understand.EmotionClassifier;
import dev.hearth.core.understand.FeelingDetector;
import dev.hearth.core.understand.IntentDetector;
import dev.hearth.core.understand.NameExtractor;
import dev.hearth.core.understand.PlanExtractor;
import dev.hearth.core.understand.Reflector;
import dev.hearth.core.understand.TextNormalizer;
import dev.hearth.core.understand.TopicDetector;
import dev.hearth.core.understand.Understander;
import dev.hearth.data.YamlResources;

/**
 * Wires the language data and the understand stage: lexicons, detectors and the phrase book. Needs an
 * {@code EmotionClassifier} (from {@link EmotionModule}); used alone by {@code classify}, which needs
 * no store and no engine.
 */
public final class UnderstandingModule extends AbstractModule {
    @Override
    protected void configure() {
        // All bindings are @Provides methods.
    }

    @Provides
    @Singleton
    YamlResources resources() {
        return new YamlResources("en");
    }

    @Provides
    @Singleton
    PhraseBook phraseBook(YamlResources resources) {
        return resources.phrases();
    }

    @Provides
    @Singleton
    FeelingDetector feelingDetector(YamlResources resources) {
        return new FeelingDetector(resources.lexicon("feelings"));
    }

    @Provides
    @Singleton
    Understander understander(YamlResources resources, EmotionClassifier emotions, FeelingDetector feelings) {
        Reflector reflector = new Reflector();
        return new Understander(new TextNormalizer(), emotions, feelings,
                new TopicDetector(resources.lexicon("topics")), new IntentDetector(resources.lexicon("intents")),
                new PlanExtractor(reflector, new Cadence()), new NameExtractor(), reflector);
    }

}
