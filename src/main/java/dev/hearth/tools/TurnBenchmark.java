package dev.hearth.tools;

import com.google.inject.Injector;
import dev.hearth.app.Hearth;
import dev.hearth.config.ConfigLoader;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.UserRef;
import dev.hearth.store.Database;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures a core turn (guard to record, embedded engine, H2 on disk) the way the budget states it:
 * one thread, after warm-up, many people each holding a realistic conversation. Prints p50, p99 and
 * the worst turn. Run it with {@code scripts/bench}; it is a measurement, never a test assertion.
 */
public final class TurnBenchmark {
    private static final List<String> LINES = List.of(
            "*sighs heavily* I'm just feeling so down today. Nothing seems to be going right.",
            "I guess I'm just feeling overwhelmed with all the responsibilities I have. Work has been so "
                    + "stressful lately, and I'm struggling to keep up with everything at home too.",
            "That's a good idea. I just feel like I'm always rushing from one thing to the next, and then I end "
                    + "up feeling guilty for not being more productive.",
            "You're right, I need to be kinder to myself. But maybe if I make some changes, even small ones, "
                    + "it could help me feel a little better.",
            "I think I'll start by trying to take a short walk on my lunch break a few times this week.",
            "my mom is in hospital and I can't sleep at all",
            "I just need to vent, my coworker is driving me crazy",
            "no, that won't help",
            "are you a real person?",
            "I got the job!!",
            "Thank you, that's really kind of you. Bye for now.");

    private TurnBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        // Warm-up long enough for the JIT's optimising compiler to finish: on one core its work would
        // otherwise land in the measured turns, which is not what a bot that runs for days sees. After
        // 16,500 turns the JIT still took 3.7 s of the measured 4 s (p99 7 ms); after 110,000, 0.2 s.
        int warmupPeople = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = Files.createTempDirectory("hearth-bench");
        HearthConfig config = new ConfigLoader(Map.of("HEARTH_DATA_DIR", dir.toString()),
                Path.of(System.getProperty("hearth.home", ".")).toAbsolutePath()).load();
        String url = System.getProperty("bench.memory") != null ? Database.memoryUrl("bench") : Database.fileUrl(dir, false);
        Injector injector = Hearth.engineInjector(config, Clock.systemUTC(), url, List.of());
        try (Database database = injector.getInstance(Database.class)) {
            Conversations conversations = injector.getInstance(Conversations.class);
            run(conversations, "warm", warmupPeople);
            long gcCount = gcCount();
            long gcMillis = gcMillis();
            long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long[] nanos = run(conversations, "bench", people);
            // What else took the core while the turns were measured: the collector and the JIT.
            System.out.printf(Locale.ROOT, "during the measured turns: %d collections (%d ms), JIT %d ms, "
                            + "turns over 5 ms: %d%n", gcCount() - gcCount, gcMillis() - gcMillis,
                    ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitMillis,
                    Arrays.stream(nanos).filter(n -> n > 5_000_000L).count());
            if (System.getProperty("bench.perLine") != null) {
                for (int line = 0; line < LINES.size(); line++) {
                    long[] one = Arrays.copyOfRange(nanos, line * people, (line + 1) * people);
                    Arrays.sort(one);
                    System.out.printf(Locale.ROOT, "  line %2d: p50 %.2f ms, p99 %.2f ms  %s%n", line, pct(one, 50),
                            pct(one, 99), LINES.get(line).substring(0, Math.min(40, LINES.get(line).length())));
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "turns: %d (%d people, H2 on disk, one thread, after %d warm-up turns)%n",
                    nanos.length, people, warmupPeople * LINES.size());
            System.out.printf(Locale.ROOT, "turn latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    pct(nanos, 50), pct(nanos, 99), nanos[nanos.length - 1] / 1e6);
        }
    }

    private static long[] run(Conversations conversations, String prefix, int people) {
        long[] nanos = new long[people * LINES.size()];
        Instant at = Instant.parse("2026-11-25T09:00:00Z");
        int i = 0;
        for (String line : LINES) {
            at = at.plus(Duration.ofMinutes(2));
            for (int p = 0; p < people; p++) {
                UserRef user = new UserRef("bench", prefix + p);
                Inbound inbound = Inbound.privateMessage(user, new ConversationRef("bench", prefix + p), line, at);
                long start = System.nanoTime();
                conversations.handle(inbound);
                nanos[i++] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
