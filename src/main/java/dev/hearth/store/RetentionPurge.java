package dev.hearth.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes message text older than the retention period ({@code privacy.message-retention-days}) from
 * every person's history. Only the {@code messages} table ages out: profiles, goals and crisis events
 * stay until the person uses {@code /forget}. The cap on messages per person is enforced on write by
 * {@link JdbiPersonStore}; this purge is the time bound. Run daily by {@code app.Maintenance}.
 *
 * <p>It deletes with one bounded statement repeated, each in its own short transaction, rather than
 * one unbounded statement: a single delete of a large backlog holds row locks for minutes, and a
 * turn that prunes the same person's history meanwhile fails with a lock timeout.
 */
public final class RetentionPurge {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);
    /** Rows per statement: small enough that a batch holds its locks well under H2's lock timeout. */
    static final int BATCH = 1000;
    // H2 can bound a DELETE itself, which walks the created_at index once per batch. PostgreSQL
    // cannot; there the subquery form is the usual idiom (on H2 it is many times slower).
    private static final String H2_BATCH = "DELETE FROM messages WHERE created_at < :cutoff FETCH FIRST "
            + BATCH + " ROWS ONLY";
    private static final String PORTABLE_BATCH = "DELETE FROM messages WHERE id IN (SELECT id FROM messages "
            + "WHERE created_at < :cutoff FETCH FIRST " + BATCH + " ROWS ONLY)";

    private final Jdbi jdbi;
    private final Duration retention;
    private final Clock clock;

    /**
     * @param database  the store to purge
     * @param retention how long message text is kept; positive
     * @param clock     the source of "now"
     */
    public RetentionPurge(Database database, Duration retention, Clock clock) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("The message retention must be positive, not " + retention + ".");
        }
    }

    /** A purge that keeps message text for this many days, as {@code privacy.message-retention-days} says. */
    public static RetentionPurge days(Database database, int retentionDays, Clock clock) {
        return new RetentionPurge(database, Duration.ofDays(retentionDays), clock);
    }

    /**
     * Deletes every message written before now minus the retention period, a batch at a time. An
     * interrupt (a stop that cannot wait) ends it between batches; the next run carries on.
     *
     * @return how many messages were deleted
     */
    public int purge() {
        OffsetDateTime cutoff = clock.instant().minus(retention).atOffset(ZoneOffset.UTC);
        String statement = isH2() ? H2_BATCH : PORTABLE_BATCH;
        int deleted = 0;
        int batch;
        do {
            // Each batch commits on its own; until 0, not until a short batch, since turns delete too.
            batch = jdbi.inTransaction(h -> h.createUpdate(statement).bind("cutoff", cutoff).execute());
            deleted += batch;
        } while (batch > 0 && !Thread.currentThread().isInterrupted());
        // The remembered concern is the person's words too: it goes when they have been away that long.
        int forgotten = jdbi.inTransaction(h -> h.createUpdate("UPDATE dialogue_state SET last_concern = '' "
                + "WHERE last_concern <> '' AND user_id IN (SELECT id FROM users WHERE last_seen_at < :cutoff)")
                .bind("cutoff", cutoff).execute());
        // The counts only: never text, never who.
        LOG.info("Retention purge deleted {} messages and {} remembered concerns older than {} days", deleted,
                forgotten, retention.toDays());
        return deleted;
    }

    private boolean isH2() {
        return jdbi.withHandle(h -> {
            try {
                return "H2".equals(h.getConnection().getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new StoreException("The database could not say what it is: " + e.getMessage(), e);
            }
        });
    }

    /** How long message text is kept. */
    public Duration retention() {
        return retention;
    }
}
