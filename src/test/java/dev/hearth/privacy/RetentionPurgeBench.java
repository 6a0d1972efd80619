package dev.hearth.privacy;

import dev.hearth.store.Database;
import dev.hearth.store.RetentionPurge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A measurement, not a test: times one retention purge on an H2 file database of {@code people}
 * people with {@code perPerson} messages each, {@code oldPercent} of them past the 30-day retention,
 * while a second connection keeps pruning people's histories as turns do, and reports how many of
 * those turn-like deletes succeeded and failed (a lock timeout there would fail a real turn).
 *
 * <pre>
 * ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.hearth.privacy.RetentionPurgeBench 5000 200 5
 * </pre>
 */
public final class RetentionPurgeBench {
    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    private RetentionPurgeBench() {
    }

    public static void main(String[] args) throws Exception {
        int people = Integer.parseInt(args[0]);
        int perPerson = Integer.parseInt(args[1]);
        int oldPercent = Integer.parseInt(args[2]);
        Path dir = Files.createTempDirectory("hearth-purge-bench");
        try (Database db = Database.open(Database.fileUrl(dir, false), "", 4)) {
            fill(db, people, perPerson, oldPercent);
            ExecutorService turns = Executors.newSingleThreadExecutor();
            AtomicBoolean purging = new AtomicBoolean(true);
            Future<int[]> turnOutcome = turns.submit(() -> turnLikePrunes(db, people, purging));
            long start = System.nanoTime();
            int deleted = RetentionPurge.days(db, 30, Clock.fixed(NOW, ZoneOffset.UTC)).purge();
            long millis = (System.nanoTime() - start) / 1_000_000;
            purging.set(false);
            int[] outcome = turnOutcome.get();
            turns.shutdown();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("people=%d messages=%d deleted=%d purge=%d ms turn-prunes ok=%d failed=%d "
                            + "heap-used=%d MB of %d MB%n", people, (long) people * perPerson, deleted, millis,
                    outcome[0], outcome[1], (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        }
    }

    private static void fill(Database db, int people, int perPerson, int oldPercent) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement user = c.prepareStatement("INSERT INTO users (id, platform, platform_id, timezone, "
                    + "created_at, last_seen_at) VALUES (?, 'bench', ?, 'UTC', ?, ?)");
            PreparedStatement message = c.prepareStatement(
                    "INSERT INTO messages (user_id, author, text, created_at) VALUES (?, 'person', ?, ?)");
            String text = "about eighty characters of text, roughly the length of what a person writes";
            for (int p = 1; p <= people; p++) {
                user.setLong(1, p);
                user.setString(2, "p" + p);
                user.setObject(3, NOW.atOffset(ZoneOffset.UTC));
                user.setObject(4, NOW.atOffset(ZoneOffset.UTC));
                user.addBatch();
                for (int i = 0; i < perPerson; i++) {
                    boolean old = i * 100 / perPerson < oldPercent;
                    Instant at = (old ? NOW.minus(Duration.ofDays(31)) : NOW.minus(Duration.ofDays(2))).minusSeconds(i);
                    message.setLong(1, p);
                    message.setString(2, text);
                    message.setObject(3, at.atOffset(ZoneOffset.UTC));
                    message.addBatch();
                }
                if (p % 100 == 0) {
                    user.executeBatch();
                    message.executeBatch();
                    c.commit();
                }
            }
            user.executeBatch();
            message.executeBatch();
            c.commit();
        }
    }

    /**
     * While the purge runs, deletes people's oldest messages one person after another, from the
     * newest person down, as the history cap of their turns does; counts the deletes that failed.
     */
    private static int[] turnLikePrunes(Database db, int people, AtomicBoolean purging) {
        int ok = 0;
        int failed = 0;
        int step = Math.max(1, people / 200);
        int p = people;
        while (purging.get()) {
            try (Connection c = db.dataSource().getConnection()) {
                c.createStatement().executeUpdate("DELETE FROM messages WHERE user_id = " + p
                        + " AND id = (SELECT MIN(id) FROM messages WHERE user_id = " + p + ")");
                ok++;
            } catch (SQLException e) {
                failed++;
            }
            p = p - step >= 1 ? p - step : people;
        }
        return new int[] {ok, failed};
    }
}
