package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.Conversations;
import dev.hearth.core.EngineSettings;
import dev.hearth.core.PrivateChatLinks;
import dev.hearth.core.TurnEngine;
import dev.hearth.core.UnreachablePeople;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandHandler;
import dev.hearth.core.command.CommandRouter;
import dev.hearth.core.command.CrisisLines;
import dev.hearth.core.guard.MessageGuard;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.respond.Composer;
import dev.hearth.core.respond.CrisisResponder;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.Realiser;
import dev.hearth.core.respond.StagePlanner;
import dev.hearth.core.safety.CountryFinder;
import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.safety.LowMoodStreak;
import dev.hearth.core.support.SupportOffer;
import dev.hearth.core.understand.GoalScheduler;
import dev.hearth.core.reading.Reader;
import dev.hearth.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Wires the core: the understand stage (through {@link UnderstandingModule}), the plan and compose
 * stages, commands (the support team's through {@link SupportModule}), the realiser (an optional
 * language model through {@link LlmModule}) and the turn engine. The emotion
 * model and the safety layer come from {@link SafetyModule} and
 * {@link EmotionModule}; the store from {@link StoreModule}; platforms add themselves to the
 * {@code Platform} set (and their couriers to {@link OutboxModule}'s set).
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
        Multibinder.newSetBinder(binder(), CommandHandler.class);
        OptionalBinder.newOptionalBinder(binder(), PrivateChatLinks.class)
                .setDefault().toInstance(PrivateChatLinks.none());
        install(new UnderstandingModule());
        install(new SupportModule());
        install(new LlmModule());
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
    UnreachablePeople unreachablePeople(PersonStore store, Clock clock) {
        return person -> store.markUnreachable(person, clock.instant());
    }

    @Provides
    @Singleton
    CommandRouter commandRouter(PhraseBook phrases, PersonStore store, CrisisLines crisisLines,
                                Set<CommandHandler> handlers) {
        return new CommandRouter(phrases, store, crisisLines, handlers);
    }

    @Provides
    @Singleton
    CommandCatalog commandCatalog(CommandRouter router) {
        return router;
    }

    @Provides
    @Singleton
    Conversations conversations(PersonStore store, CrisisDetector detector, CrisisResponder responder,
                                Reader reader, PhraseBook phrases, CommandRouter commands,
                                PrivateChatLinks links, CountryFinder countries, CrisisLines crisisLines,
                                LowMoodStreak lowMoods, EngineSettings settings, SupportOffer supportOffer,
                                Realiser realiser) {
        MessageGuard guard = new MessageGuard(settings.maxMessageLength(),
                config.conversation().maxMessagesPerMinute(), Duration.ofMinutes(1));
        return new TurnEngine(store, detector, responder, guard, reader, new StagePlanner(),
                new Composer(phrases), phrases, commands, new GoalScheduler(), links, countries, crisisLines, lowMoods,
                settings, supportOffer, realiser);
    }
}
