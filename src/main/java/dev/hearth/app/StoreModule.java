package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.person.PersonStore;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiPersonStore;
import java.time.Clock;

/**
 * Chooses and opens the storage: the JDBC URL given (HEARTH_DB_URL, or a temporary in-memory database
 * for {@code replay}), else the H2 file in the data directory, encrypted when HEARTH_DB_KEY is set.
 */
public final class StoreModule extends AbstractModule {
    private final String jdbcUrl;

    /** @param jdbcUrl the URL to open, already chosen by {@link #urlFor(HearthConfig)} or the CLI */
    public StoreModule(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** The URL the configuration asks for. */
    public static String urlFor(HearthConfig config) {
        return config.database().url().isBlank()
                ? Database.fileUrl(config.dataDir(), config.database().key().isPresent())
                : config.database().url();
    }

    @Provides
    @Singleton
    Database database(HearthConfig config) {
        return Database.open(jdbcUrl, config.database().key().orElse(""), config.database().maxConnections());
    }

    @Provides
    @Singleton
    PersonStore personStore(Database database, HearthConfig config, Clock clock) {
        return new JdbiPersonStore(database, config.privacy().maxMessagesPerPerson(), clock);
    }
}
