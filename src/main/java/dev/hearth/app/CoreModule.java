package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.Conversations;
import dev.hearth.core.EngineSettings;
import dev.hearth.core.Outbox;
import dev.hearth.core.PrivateChatLinks;
import dev.hearth.core.TurnEngine;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandRouter;
import dev.hearth.core.command.CrisisLines;
import dev.hearth.core.guard.MessageGuard;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.respond.Composer;
import dev.hearth.core.respond.CrisisResponder;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.StagePlanner;
import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.understand.Cadence;
import dev.hearth.core.understand.EmotionClassifier;
import dev.hearth.core.understand.FeelingDetector;
import dev.hearth.core.understand.GoalScheduler;
import dev.hearth.core.understand.IntentDetector;
import dev.hearth.core.understand.NameExtractor;
import dev.hearth.core.understand.PlanExtractor;
import dev.hearth.core.understand.Reflector;
import dev.hearth.core.understand.TextNormalizer;
import dev.hearth.core.understand.TopicDetector;
import dev.hearth.core.understand.Understander;
import dev.hearth.data.YamlResources;
import dev.hearth.platform.Platform;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the core: language data, the understand, plan and compose stages, commands and the turn
 * engine. The emotion model and the safety layer come from {@link SafetyModule} and
 * {@link EmotionModule}; the store from {@link StoreModule}; platforms add themselves to the
 * {@code Platform} and {@code Outbox} sets.
 */
public final class CoreModule extends AbstractModule {
    private final HearthConfig config;
    private final Clock clock;

    public CoreModule(HearthConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    protected void configure() {
        bind(HearthConfig.class).toInstance(config);
        bind(Clock.class).toInstance(clock);
        Multibinder.newSetBinder(binder(), Platform.class);
        Multibinder.newSetBinder(binder(), Outbox.class);
        OptionalBinder.newOptionalBinder(binder(), PrivateChatLinks.class)
                .setDefault().toInstance(PrivateChatLinks.none());
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
    EngineSettings engineSettings() {
        HearthConfig.Conversation c = config.conversation();
        return new EngineSettings(c.defaultTimezone(), Duration.ofHours(c.disclosureIntervalHours()),
                Duration.ofHours(c.returnAfterHours()), c.maxMessageLength(), Duration.ofHours(c.crisisCareHours()));
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

    @Provides
    @Singleton
    CommandRouter commandRouter(PhraseBook phrases, PersonStore store, CrisisLines crisisLines) {
        return new CommandRouter(phrases, store, crisisLines);
    }

    @Provides
    @Singleton
    CommandCatalog commandCatalog(CommandRouter router) {
        return router;
    }

    @Provides
    @Singleton
    Conversations conversations(PersonStore store, CrisisDetector detector, CrisisResponder responder,
                                Understander understander, PhraseBook phrases, CommandRouter commands,
                                PrivateChatLinks links, EngineSettings settings) {
        MessageGuard guard = new MessageGuard(settings.maxMessageLength(),
                config.conversation().maxMessagesPerMinute(), Duration.ofMinutes(1));
        return new TurnEngine(store, detector, responder, guard, understander, new StagePlanner(),
                new Composer(phrases), phrases, commands, new GoalScheduler(), links, settings);
    }
}
