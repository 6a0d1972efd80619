package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.ServerCheckinCommands;
import dev.hearth.core.checkin.ServerCheckinPoster;
import dev.hearth.core.checkin.ServerCheckinStore;
import dev.hearth.core.checkin.ServerMoodChart;
import dev.hearth.core.checkin.SpaceDepartures;
import dev.hearth.core.command.CommandHandler;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiServerCheckinStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires server and group check-ins: their store, their commands and buttons (added to the
 * {@code CommandHandler} set), the {@link ServerCheckinPoster} the check-in scheduler takes, and the
 * {@link SpaceDepartures} the adapters call when Hearth leaves a server or group. Install it next to
 * {@link CheckinModule}.
 */
public final class ServerCheckinModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(ServerCheckinModule.class);

    /** How long a server check-in's answers are kept: the 30 days statistics show, and a day either side. */
    public static final Duration KEEP_ANSWERS = Duration.ofDays(32);

    /** The daily job that deletes server check-in occurrences and answers older than {@link #KEEP_ANSWERS}. */
    public static Runnable purgeJob(ServerCheckinStore store, Clock clock) {
        return () -> store.purgeOccurrencesBefore(clock.instant().minus(KEEP_ANSWERS));
    }

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), CommandHandler.class).addBinding().to(ServerCheckinCommands.class);
        // Other features that keep per-server data add their own departures; the bound one tells them all.
        Multibinder.newSetBinder(binder(), SpaceDepartures.class);
    }

    @Provides
    @Singleton
    ServerCheckinStore serverCheckinStore(Database database) {
        return new JdbiServerCheckinStore(database);
    }

    @Provides
    @Singleton
    ServerCheckinCommands serverCheckinCommands(ServerCheckinStore store, PersonStore people, PhraseBook phrases) {
        return new ServerCheckinCommands(store, people, phrases, new ServerMoodChart());
    }

    @Provides
    @Singleton
    ServerCheckinPoster serverCheckinPoster(ServerCheckinStore store, PhraseBook phrases) {
        return new ServerCheckinPoster(store, phrases);
    }

    @Provides
    @Singleton
    SpaceDepartures spaceDepartures(ServerCheckinStore store, Set<SpaceDepartures> others) {
        return new SpaceDepartures() {
            @Override
            public void left(String platform, String space) {
                // The schema's cascades take the occurrences and answers with the schedules.
                eachAlone(() -> store.deleteSpace(platform, space));
                others.forEach(other -> eachAlone(() -> other.left(platform, space)));
            }

            @Override
            public void memberLeft(String space, UserRef member) {
                eachAlone(() -> store.forgetMember(space, member));
                others.forEach(other -> eachAlone(() -> other.memberLeft(space, member)));
            }
        };
    }

    // One feature failing to delete must not keep the others from deleting theirs.
    private static void eachAlone(Runnable deletion) {
        try {
            deletion.run();
        } catch (RuntimeException e) {
            LOG.warn("Deleting data after a departure failed: {}", e.getClass().getSimpleName());
            LOG.debug("Departure failure", e);
        }
    }
}
