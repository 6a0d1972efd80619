package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.hearth.core.checkin.SpaceDepartures;
import dev.hearth.core.command.CommandHandler;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.support.SupportCommands;
import dev.hearth.core.support.SupportDepartures;
import dev.hearth.core.support.SupportOffer;
import dev.hearth.core.support.SupportOffers;
import dev.hearth.core.support.SupportStore;
import dev.hearth.core.support.SupportTeams;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiSupportStore;
import java.util.Set;

/**
 * Wires the optional support team of a server or group (issue 4): its store, its commands and buttons (added
 * to the {@code CommandHandler} set), the {@link SupportOffer} crisis care makes, and a member of the
 * {@code Set<SpaceDepartures>} so leaving a server deletes its setting. Platforms add their way of telling a
 * team to the {@code Set<SupportTeams>}; without one, a platform's admins are told it is not available there.
 * {@link CoreModule} installs it.
 */
public final class SupportModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), SupportTeams.class);
        Multibinder.newSetBinder(binder(), CommandHandler.class).addBinding().to(SupportCommands.class);
        Multibinder.newSetBinder(binder(), SpaceDepartures.class).addBinding().to(SupportDepartures.class);
    }

    @Provides
    @Singleton
    SupportStore supportStore(Database database) {
        return new JdbiSupportStore(database);
    }

    @Provides
    @Singleton
    SupportOffer supportOffer(SupportStore store) {
        return new SupportOffers(store);
    }

    @Provides
    @Singleton
    SupportCommands supportCommands(SupportStore store, PhraseBook phrases, Set<SupportTeams> teams) {
        return new SupportCommands(store, phrases, teams);
    }
}
