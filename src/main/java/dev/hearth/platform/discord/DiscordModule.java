package dev.hearth.platform.discord;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.hearth.core.outbox.Courier;
import dev.hearth.core.support.SupportTeams;
import dev.hearth.platform.Platform;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Wires the Discord adapter: binds {@link DiscordPlatform} into the {@code Set<Platform>} and
 * {@link DiscordCourier} into the {@code Set<Courier>}, and {@link DiscordSupportTeams} into the
 * {@code Set<SupportTeams>}. Install it only when a Discord token is set. It needs {@code Conversations},
 * {@code CommandCatalog}, {@code UnreachablePeople}, {@code SpaceDepartures} and {@code java.time.Clock}
 * bound elsewhere.
 */
public final class DiscordModule extends AbstractModule {
    private final DiscordSettings settings;

    public DiscordModule(DiscordSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    protected void configure() {
        bind(DiscordSettings.class).toInstance(settings);
        bind(ShardManagerFactory.class).to(JdaShardManagerFactory.class);
        bind(DiscordConnection.class).in(Singleton.class);
        bind(DiscordWorkers.class).in(Singleton.class);
        bind(MessageRenderer.class).in(Singleton.class);
        bind(DiscordPlatform.class).in(Singleton.class);
        bind(DiscordCourier.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), Platform.class).addBinding().to(DiscordPlatform.class);
        Multibinder.newSetBinder(binder(), Courier.class).addBinding().to(DiscordCourier.class);
        Multibinder.newSetBinder(binder(), SupportTeams.class).addBinding().to(DiscordSupportTeams.class);
    }

    @Provides
    @Singleton
    SerialLanes lanes(DiscordWorkers workers) {
        return workers.lanes();
    }

    @Provides
    @Singleton
    DiscordPhrases phrases() {
        return DiscordPhrases.load(new SplittableRandom());
    }
}
