package dev.hearth.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

/**
 * Hearth's database: an H2 file in the data directory (PostgreSQL mode, so the same migrations run on
 * PostgreSQL later), a small connection pool, and Flyway migrations applied at start. Opening it
 * when another Hearth holds the same files gives one clear sentence, not a stack trace.
 */
public final class Database implements AutoCloseable {
    // TRACE_LEVEL_FILE=0: H2's trace file is plain text even in an encrypted database and can hold values.
    private static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0";
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_WRONG_PASSWORD = 28000;
    private static final int H2_FILE_ENCRYPTION_ERROR = 90049;
    private static final int H2_FILE_CORRUPTED = 90030;

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final String description;

    private Database(JdbcConnectionPool pool, String description) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.description = description;
    }

    /** The JDBC URL of the H2 file database in a data directory, encrypted when a key is given. */
    public static String fileUrl(Path dataDir, boolean encrypted) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("hearth") + H2_OPTIONS
                + (encrypted ? ";CIPHER=AES" : "");
    }

    /** A private in-memory database, for tests and for {@code replay} without {@code --db}. */
    public static String memoryUrl(String name) {
        return "jdbc:h2:mem:" + name + H2_OPTIONS + ";DB_CLOSE_DELAY=-1";
    }

    /**
     * Opens the database and brings its schema up to date.
     *
     * @param url the JDBC URL
     * @param key the file encryption key, or empty for none (H2 takes "file-key user-password")
     * @throws StoreException with one sentence when it is locked by another process, the key is wrong,
     *                        or a migration fails
     */
    public static Database open(String url, String key, int maxConnections) {
        String password = key.isEmpty() ? "" : key + " hearth";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "hearth", password);
        pool.setMaxConnections(maxConnections);
        String where = url.replaceFirst(";.*$", "");
        try (Connection probe = pool.getConnection()) {
            probe.isValid(2);
        } catch (SQLException e) {
            pool.dispose();
            boolean encryptedWithoutKey = key.isEmpty() && e.getErrorCode() == H2_FILE_CORRUPTED
                    && looksEncrypted(url);
            if (encryptedWithoutKey) {
                throw new StoreException("The database at " + where + " is encrypted; set HEARTH_DB_KEY to the key "
                        + "it was created with.", e, true);
            }
            boolean badKey = e.getErrorCode() == H2_WRONG_PASSWORD || e.getErrorCode() == H2_FILE_ENCRYPTION_ERROR;
            throw new StoreException(explain(e, where), e, badKey);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new StoreException("The database at " + where + " could not be brought up to date: "
                    + firstLine(e.getMessage()), e);
        }
        return new Database(pool, where);
    }

    /** True when the H2 file behind a file URL starts with H2's encryption header. */
    private static boolean looksEncrypted(String url) {
        if (!url.startsWith("jdbc:h2:file:")) {
            return false;
        }
        java.nio.file.Path file = java.nio.file.Path.of(url.substring("jdbc:h2:file:".length()).replaceFirst(";.*$", "")
                + ".mv.db");
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(9);
            return new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("H2encrypt");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String explain(SQLException e, String where) {
        int code = e.getErrorCode();
        if (code == H2_DATABASE_IN_USE || String.valueOf(e.getMessage()).contains("already in use")) {
            return "Another Hearth is already using the database at " + where
                    + "; stop it first, or set HEARTH_DATA_DIR to another folder.";
        }
        if (code == H2_WRONG_PASSWORD || code == H2_FILE_ENCRYPTION_ERROR) {
            return "HEARTH_DB_KEY does not open the database at " + where
                    + " (wrong key, or the database was created with a different key or without one).";
        }
        return "The database at " + where + " could not be opened: " + firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        String line = newline >= 0 ? message.substring(0, newline) : message;
        return line.replaceAll("\\s*\\[\\d+-\\d+]$", "").strip();
    }

    /** Jdbi over the pool, for the repositories. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The pool, for tools that need plain JDBC. */
    public DataSource dataSource() {
        return pool;
    }

    /** Where the database is, without options or keys, for messages. */
    public String description() {
        return description;
    }

    /** Closes every connection; a file database is closed when the last one goes. */
    @Override
    public void close() {
        pool.dispose();
    }
}
