package dev.hearth.platform.discord;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.hearth.core.Outbox;
import dev.hearth.core.checkin.SpaceDepartures;
import dev.hearth.core.support.SupportTeams;
import dev.hearth.platform.Platform;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Wires the Discord adapter: binds {@link DiscordPlatform} into the {@code Set<Platform>} and
 * {@link DiscordOutbox} into the {@code Set<Outbox>}, and {@link DiscordSupportTeams} into the
 * {@code Set<SupportTeams>}. Install it only when a Discord token is set. It needs {@code Conversations},
 * {@code CommandCatalog}, {@code UnreachablePeople}, {@code SpaceDepartures} and {@code java.time.Clock}
 * bound elsewhere; members of {@code Set<SpaceDepartures>} (the support team's) are told of departures too.
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
        bind(DiscordOutbox.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), Platform.class).addBinding().to(DiscordPlatform.class);
        Multibinder.newSetBinder(binder(), Outbox.class).addBinding().to(DiscordOutbox.class);
        Multibinder.newSetBinder(binder(), SupportTeams.class).addBinding().to(DiscordSupportTeams.class);
        Multibinder.newSetBinder(binder(), SpaceDepartures.class);
    }

    /** The listener, telling check-ins and every other feature that keeps server data when Hearth leaves. */
    @Provides
    DiscordListener listener(MessageTurnHandler messages, SlashCommandHandler commands, ButtonHandler buttons,
                             SpaceDepartures checkins, Set<SpaceDepartures> others) {
        return new DiscordListener(messages, commands, buttons, (platform, space) -> {
            checkins.left(platform, space);
            others.forEach(departure -> departure.left(platform, space));
        });
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
