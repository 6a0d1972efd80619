package dev.hearth.store;

import dev.hearth.core.UserRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Small helpers every repository shares: times in UTC, a person's row id, unique-key violations. */
final class Sql {
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** The row id of a person, if stored. */
    static Optional<Long> userId(Handle h, UserRef user) {
        return h.createQuery("SELECT id FROM users WHERE platform = :platform AND platform_id = :pid")
                .bind("platform", user.platform()).bind("pid", user.id()).mapTo(Long.class).findOne();
    }

    /** A TIMESTAMP WITH TIME ZONE column as an instant, {@link Instant#EPOCH} for null. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? Instant.EPOCH : value.toInstant();
    }

    /** An instant as the UTC timestamp the database stores. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** True when the failure, or one of its causes, is a unique-key violation (a claim already taken). */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
