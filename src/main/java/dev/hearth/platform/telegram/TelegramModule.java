package dev.hearth.platform.telegram;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.hearth.core.Conversations;
import dev.hearth.core.checkin.SpaceDepartures;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.outbox.Courier;
import dev.hearth.core.support.SupportTeams;
import dev.hearth.platform.Platform;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Installs Hearth on Telegram: binds {@link TelegramPlatform} into the {@code Set<Platform>} and
 * {@link TelegramCourier} into the {@code Set<Courier>}, both on one connection and send queue, and
 * {@link TelegramSupportTeams} (a group's admins as its support team) into the {@code Set<SupportTeams>}. Needs
 * {@link Conversations}, {@link CommandCatalog} and {@link Clock} bound elsewhere. An
 * {@link UnreachableListener} may be bound with
 * {@code OptionalBinder.newOptionalBinder(binder(), UnreachableListener.class).setBinding().to(...)};
 * without one, refusals are only logged.
 */
public final class TelegramModule extends AbstractModule {
    private final TelegramSettings settings;
    private final TelegramTuning tuning;

    /** Telegram with its published limits ({@link TelegramTuning#defaults()}). */
    public TelegramModule(TelegramSettings settings) {
        this(settings, TelegramTuning.defaults());
    }

    /** Telegram with other limits and timeouts, for tests or a self-hosted Bot API server. */
    public TelegramModule(TelegramSettings settings, TelegramTuning tuning) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tuning = Objects.requireNonNull(tuning, "tuning");
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), UnreachableListener.class)
                .setDefault().toInstance(UnreachableListener.IGNORE);
        Multibinder.newSetBinder(binder(), Platform.class).addBinding().to(TelegramPlatform.class);
        Multibinder.newSetBinder(binder(), Courier.class).addBinding().to(TelegramCourier.class);
        Multibinder.newSetBinder(binder(), SupportTeams.class).addBinding().to(TelegramSupportTeams.class);
    }

    @Provides
    @Singleton
    TelegramSupportTeams supportTeams(TelegramConnection connection) {
        return new TelegramSupportTeams(connection, TelegramSupportTeams.loadLines(), new SplittableRandom());
    }

    @Provides
    @Singleton
    TelegramConnection connection(Clock clock, UnreachableListener listener) {
        return new TelegramConnection(settings, tuning, clock, listener);
    }

    @Provides
    @Singleton
    TelegramPlatform platform(TelegramConnection connection, Conversations conversations, CommandCatalog catalog,
                              Clock clock, UnreachableListener listener, SpaceDepartures departures) {
        return new TelegramPlatform(connection, conversations, catalog, clock, tuning, listener, departures);
    }

    @Provides
    @Singleton
    TelegramCourier courier(TelegramConnection connection) {
        return new TelegramCourier(connection);
    }
}
