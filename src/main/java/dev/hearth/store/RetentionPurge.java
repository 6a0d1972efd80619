package dev.hearth.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 */
public final class RetentionPurge {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

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
     * Deletes, in one statement, every message written before now minus the retention period.
     *
     * @return how many messages were deleted
     */
    public int purge() {
        Instant cutoff = clock.instant().minus(retention);
        // One statement over the created_at index: a day's worth of rows ages out each day.
        int deleted = jdbi.withHandle(h -> h.createUpdate("DELETE FROM messages WHERE created_at < :cutoff")
                .bind("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .execute());
        // The count only: never text, never who.
        LOG.info("Retention purge deleted {} messages older than {} days", deleted, retention.toDays());
        return deleted;
    }

    /** How long message text is kept. */
    public Duration retention() {
        return retention;
    }
}
