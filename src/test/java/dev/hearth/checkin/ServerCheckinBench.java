package dev.hearth.checkin;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Outbox;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.AnswerFact;
import dev.hearth.core.checkin.CheckinScheduler;
import dev.hearth.core.checkin.DaySet;
import dev.hearth.core.checkin.Outcome;
import dev.hearth.core.checkin.PeriodStats;
import dev.hearth.core.checkin.Recurrence;
import dev.hearth.core.checkin.ServerCheckinPoster;
import dev.hearth.core.checkin.ServerMoodChart;
import dev.hearth.core.checkin.ServerSchedule;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.data.YamlResources;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiCheckinStore;
import dev.hearth.store.JdbiServerCheckinStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A measurement, not a test: on an H2 file database, times one scheduler pass that claims and posts
 * {@code schedules} due server check-ins, then {@code members} members answering one occurrence a day
 * for 30 days in one server, and the work of {@code /checkin-stats} there (read the answers, count two
 * periods, draw the chart).
 *
 * <pre>
 * ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.hearth.checkin.ServerCheckinBench 1000 200
 * </pre>
 */
public final class ServerCheckinBench {
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private ServerCheckinBench() {
    }

    public static void main(String[] args) throws Exception {
        int schedules = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("hearth-server-bench");
        try (Database database = Database.open(Database.fileUrl(dir, false), "", 4)) {
            JdbiServerCheckinStore store = new JdbiServerCheckinStore(database);
            Recurrence daily = new Recurrence(DaySet.DAILY, LocalTime.of(9, 0), ZoneOffset.UTC);
            for (int i = 0; i < schedules; i++) {
                store.createSchedule(new ServerSchedule(0, "fake", "space-" + (i % 200), "ch-" + i, daily, "", false,
                        NOW), new UserRef("fake", "nobody"), NOW.minusSeconds(60));
            }
            AtomicInteger posted = new AtomicInteger();
            Outbox outbox = new Outbox() {
                public String platform() {
                    return "fake";
                }

                public void sendPrivately(UserRef person, Reply reply) {
                }

                public void sendToChannel(ConversationRef channel, Reply reply) {
                    posted.incrementAndGet();
                }
            };
            PhraseBook phrases = new YamlResources("en").phrases();
            CheckinScheduler scheduler = new CheckinScheduler(new JdbiCheckinStore(database), Set.of(outbox), phrases,
                    java.time.Clock.fixed(NOW, ZoneOffset.UTC), Optional.of(new ServerCheckinPoster(store, phrases)));
            long start = System.nanoTime();
            scheduler.runDue();
            double passMs = (System.nanoTime() - start) / 1e6;
            System.out.printf("scheduler pass: %d schedules claimed and posted in %.1f ms (%.2f ms each)%n",
                    posted.get(), passMs, passMs / Math.max(1, posted.get()));

            long statsSchedule = store.createSchedule(new ServerSchedule(0, "fake", "big", "ch", daily, "", false,
                    NOW.plus(Duration.ofDays(400))), new UserRef("fake", "nobody"), NOW);
            ServerSchedule big = store.schedules("fake", "big").get(0);
            database.jdbi().useHandle(h -> {
                for (int m = 0; m < members; m++) {
                    h.execute("INSERT INTO users (platform, platform_id, timezone, created_at, last_seen_at) "
                            + "VALUES ('fake', ?, 'UTC', ?, ?)", "m" + m, NOW.atOffset(ZoneOffset.UTC),
                            NOW.atOffset(ZoneOffset.UTC));
                }
            });
            int answers = 0;
            for (int day = 0; day < 30; day++) {
                ServerSchedule due = new ServerSchedule(statsSchedule, "fake", "big", "ch", daily, "", false,
                        NOW.minus(Duration.ofDays(day)));
                OptionalLong occurrence = store.claimSchedule(due, NOW.plus(Duration.ofDays(400)),
                        Outcome.SENT, NOW);
                for (int m = 0; m < members; m++) {
                    store.answer(occurrence.orElseThrow(), new UserRef("fake", "m" + m), 1 + (m + day) % 5, NOW);
                    answers++;
                }
            }
            ServerMoodChart chart = new ServerMoodChart();
            for (int round = 0; round < 3; round++) {
                start = System.nanoTime();
                List<AnswerFact> facts = store.answers("fake", "big", NOW.minus(Duration.ofDays(31)));
                LocalDate today = NOW.atZone(ZoneOffset.UTC).toLocalDate();
                PeriodStats.of(facts, today, 7);
                PeriodStats month = PeriodStats.of(facts, today, 30);
                byte[] png = chart.render(month.byDay(), today.minusDays(29), today);
                System.out.printf("checkin-stats work: %d answers read and counted, chart %d bytes, in %.1f ms%n",
                        facts.size(), png.length, (System.nanoTime() - start) / 1e6);
            }
            System.out.printf("(%d answers stored in schedule %d)%n", answers, big.id());
        }
    }
}
