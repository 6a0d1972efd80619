package dev.hearth.app;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.TypeLiteral;
import dev.hearth.cli.ChatMode;
import dev.hearth.cli.ClassifyMode;
import dev.hearth.cli.CliArgs;
import dev.hearth.cli.ReplayMode;
import dev.hearth.config.ConfigException;
import dev.hearth.config.ConfigLoader;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.Conversations;
import dev.hearth.core.Outbox;
import dev.hearth.core.Outboxes;
import dev.hearth.core.wellbeing.WeeklySummaries;
import dev.hearth.core.checkin.ServerCheckinStore;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.safety.CrisisCheckIns;
import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.understand.EmotionClassifier;
import dev.hearth.core.understand.FeelingDetector;
import dev.hearth.platform.Platform;
import dev.hearth.platform.PlatformStartException;
import dev.hearth.store.Database;
import dev.hearth.store.RetentionPurge;
import dev.hearth.store.StoreException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of Hearth: parses the command line, loads the configuration, builds the Guice injector from
 * modules (a platform's module only when its token is set), runs the chosen mode, and shuts down in
 * order (platforms, scheduler, database). Every failure becomes one sentence and an exit code.
 */
public final class Hearth {
    public static final int OK = 0;
    public static final int RUNTIME_FAILURE = 1;
    public static final int BAD_CONFIGURATION = 2;

    private final Map<String, String> env;
    private final Path home;
    private final Clock clock;
    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    public Hearth(Map<String, String> env, Path home, Clock clock, InputStream stdin, PrintStream stdout,
                  PrintStream stderr) {
        this.env = env;
        this.home = home;
        this.clock = clock;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs the mode the arguments name and returns the exit code. */
    public int run(List<String> args) {
        CliArgs cli;
        HearthConfig config;
        try {
            cli = CliArgs.parse(args);
            if (cli.mode() == CliArgs.Mode.HELP) {
                stdout.println(CliArgs.USAGE);
                return OK;
            }
            if (cli.file().isPresent() && !Files.isReadable(cli.file().get())) {
                throw new CliArgs.UsageException("Cannot read " + cli.file().get() + "; " + CliArgs.USAGE);
            }
            config = new ConfigLoader(env, home).load();
        } catch (CliArgs.UsageException | ConfigException e) {
            stderr.println(e.getMessage());
            return BAD_CONFIGURATION;
        }
        boolean platforms = config.telegram().token().isPresent() || config.discord().token().isPresent();
        CliArgs.Mode mode = cli.mode() == CliArgs.Mode.RUN && !platforms ? CliArgs.Mode.CHAT : cli.mode();
        Logging.configure(config.logLevel(), env.containsKey("HEARTH_LOG_LEVEL"), mode != CliArgs.Mode.RUN);
        Logger log = LoggerFactory.getLogger(Hearth.class);
        try {
            return switch (mode) {
                case CHAT -> chat(config);
                case REPLAY -> replay(config, cli);
                case CLASSIFY -> classify(config, cli);
                default -> serve(config, log);
            };
        } catch (RuntimeException e) {
            return failure(e, log);
        } catch (IOException e) {
            stderr.println("Input or output failed: " + e.getMessage());
            return RUNTIME_FAILURE;
        }
    }

    private int chat(HearthConfig config) throws IOException {
        Injector injector = injector(config, StoreModule.urlFor(config), List.of());
        try (Database database = injector.getInstance(Database.class)) {
            Maintenance maintenance = maintenance(database, config, injector);
            maintenance.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                maintenance.stop();
                database.close();
            }, "hearth-db-close"));
            ChatMode chat = new ChatMode(injector.getInstance(Conversations.class), clock,
                    config.dataDir().resolve("exports"), System.getProperty("user.name", "you"));
            int code = chat.run(reader(), writer(), System.console() != null);
            maintenance.stop();
            return code;
        }
    }

    private int replay(HearthConfig config, CliArgs cli) throws IOException {
        String url = cli.dbDir().map(dir -> Database.fileUrl(dir.toAbsolutePath(), false))
                .orElse(Database.memoryUrl("replay-" + UUID.randomUUID()));
        Injector injector = injector(config, url, List.of());
        try (Database database = injector.getInstance(Database.class);
             BufferedReader in = cli.file().isPresent() ? Files.newBufferedReader(cli.file().get()) : reader()) {
            return new ReplayMode(injector.getInstance(Conversations.class), clock).run(in, writer(), stderr);
        }
    }

    private int classify(HearthConfig config, CliArgs cli) throws IOException {
        Injector injector = Guice.createInjector(binder -> binder.bind(HearthConfig.class).toInstance(config),
                new UnderstandingModule(), new EmotionModule(), new SafetyModule());
        ClassifyMode mode = new ClassifyMode(injector.getInstance(EmotionClassifier.class),
                injector.getInstance(FeelingDetector.class), injector.getInstance(CrisisDetector.class));
        try (BufferedReader in = cli.file().isPresent() ? Files.newBufferedReader(cli.file().get()) : reader()) {
            PrintWriter out = writer();
            int code = mode.run(in, out, stderr);
            out.flush();
            return code;
        }
    }

    /** Runs the platforms whose tokens are set until the process is told to stop. */
    private int serve(HearthConfig config, Logger log) {
        Injector injector = injector(config, StoreModule.urlFor(config), PlatformModules.forConfig(config));
        Database database = injector.getInstance(Database.class);
        CheckinRunner checkins = injector.getInstance(CheckinRunner.class);
        OutboxRunner outbox = injector.getInstance(OutboxRunner.class);
        Maintenance maintenance = maintenance(database, config, injector);
        Maintenance crisisCheckIns = crisisCheckIns(injector, log);
        Maintenance summaries = weeklySummaries(injector, log);
        Set<Platform> platforms = injector.getInstance(Key.get(new TypeLiteral<Set<Platform>>() { }));
        List<Platform> started = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            crisisCheckIns.stop();
            summaries.stop();
            shutdown(started, checkins, outbox, maintenance, database, log);
            stopped.countDown();
            // A stop by signal (SIGTERM, Ctrl+C) that went in order is a clean stop: exit code 0.
            Runtime.getRuntime().halt(OK);
        }, "hearth-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            for (Platform platform : platforms) {
                platform.start();
                started.add(platform);
                log.info("{} is connected", platform.name());
            }
        } catch (PlatformStartException e) {
            stderr.println(e.getMessage());
            log.debug("platform start failed", e);
            Runtime.getRuntime().removeShutdownHook(hook);
            shutdown(started, checkins, outbox, maintenance, database, log);
            return RUNTIME_FAILURE;
        }
        outbox.start();
        checkins.start();
        maintenance.start();
        crisisCheckIns.start();
        summaries.start();
        log.info("Hearth is running on {}; stop it with Ctrl+C", started.stream().map(Platform::name).toList());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    /**
     * Stops the outbox pump first (nothing new for a draining platform), then the platforms (no new
     * turns), then the scheduler, then lets the outbox record the platforms' last outcomes (what was
     * not sent stays stored for the next start), then the database.
     */
    private static void shutdown(List<Platform> platforms, CheckinRunner checkins, OutboxRunner outbox,
                                 Maintenance maintenance, Database database, Logger log) {
        outbox.stopPumping();    // nothing new for a platform that is draining
        for (Platform platform : platforms.reversed()) {
            try {
                platform.stop();
            } catch (RuntimeException e) {
                log.warn("{} did not stop cleanly: {}", platform.name(), e.getMessage());
            }
        }
        checkins.stop();
        outbox.finish();
        maintenance.stop();
        database.close();
    }

    /** Every ten minutes: the gentle check-in later on the day of a crisis turn, for those who allow it. */
    private Maintenance crisisCheckIns(Injector injector, Logger log) {
        CrisisCheckIns checkIns = new CrisisCheckIns(injector.getInstance(PersonStore.class),
                Outboxes.of(injector.getInstance(Key.get(new TypeLiteral<Set<Outbox>>() { }))),
                injector.getInstance(PhraseBook.class), clock);
        Duration every = Duration.ofMinutes(10);
        return new Maintenance(() -> {
            int sent = checkIns.runDue();
            if (sent > 0) {
                log.info("Sent {} check-ins after crisis care", sent);
            }
        }, clock, every, every);
    }

    /** Every ten minutes: the weekly summaries people opted into (/summary on) that are due. */
    private Maintenance weeklySummaries(Injector injector, Logger log) {
        WeeklySummaries summaries = injector.getInstance(WeeklySummaries.class);
        Duration every = Duration.ofMinutes(10);
        return new Maintenance(() -> {
            int sent = summaries.runDue();
            if (sent > 0) {
                log.info("Sent {} weekly summaries", sent);
            }
        }, clock, every, every);
    }

    /** The daily retention purge: message text older than privacy.message-retention-days goes. */
    private Maintenance maintenance(Database database, HearthConfig config, Injector injector) {
        Runnable messages = RetentionPurge.days(database, config.privacy().messageRetentionDays(), clock)::purge;
        Runnable serverAnswers = ServerCheckinModule.purgeJob(injector.getInstance(ServerCheckinStore.class), clock);
        return new Maintenance(() -> {
            messages.run();
            serverAnswers.run();
        }, clock);
    }

    private Injector injector(HearthConfig config, String jdbcUrl, List<Module> platformModules) {
        return engineInjector(config, clock, jdbcUrl, platformModules);
    }

    /** The injector of a running Hearth: core, store, emotion model, safety layer, and the given platforms. */
    public static Injector engineInjector(HearthConfig config, Clock clock, String jdbcUrl, List<Module> platforms) {
        return engineInjector(config, clock, jdbcUrl, platforms, SemanticModule.bundled());
    }

    /** The same with the semantic layer given (tests share one loaded model). */
    public static Injector engineInjector(HearthConfig config, Clock clock, String jdbcUrl, List<Module> platforms,
                                          SemanticModule semantic) {
        List<Module> modules = new ArrayList<>(List.of(new CoreModule(config, clock), semantic, new StoreModule(jdbcUrl),
                new EmotionModule(), new SafetyModule(), new OutboxModule(), new CheckinModule(), new ServerCheckinModule()));
        modules.addAll(platforms);
        return Guice.createInjector(modules);
    }

    /** One sentence for the operator and the exit code; the stack trace only at debug level. */
    private int failure(RuntimeException e, Logger log) {
        Throwable cause = e;
        while ((cause instanceof CreationException || cause instanceof ProvisionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CreationException ce && !ce.getErrorMessages().isEmpty()
                && ce.getErrorMessages().iterator().next().getCause() != null) {
            cause = ce.getErrorMessages().iterator().next().getCause();
        }
        if (cause instanceof ProvisionException pe && !pe.getErrorMessages().isEmpty()
                && pe.getErrorMessages().iterator().next().getCause() != null) {
            cause = pe.getErrorMessages().iterator().next().getCause();
        }
        log.debug("Hearth stopped", e);
        if (cause instanceof ConfigException || cause instanceof dev.hearth.semantic.SemanticModelException) {
            stderr.println(cause.getMessage());
            return BAD_CONFIGURATION;
        }
        if (cause instanceof StoreException se) {
            stderr.println(se.getMessage());
            return se.isConfigurationProblem() ? BAD_CONFIGURATION : RUNTIME_FAILURE;
        }
        String what = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        stderr.println("Hearth stopped because of an unexpected error (" + cause.getClass().getSimpleName() + what
                + "); run with HEARTH_LOG_LEVEL=debug for details.");
        return RUNTIME_FAILURE;
    }

    private BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    }

    private PrintWriter writer() {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)), false);
    }
}
