package dev.hearth.platform.discord;

import dev.hearth.platform.Platform;
import dev.hearth.platform.PlatformStartException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hearth on Discord: logs this process's shards in, waits until the first one is connected, registers
 * the slash commands, and shuts everything down on {@link #stop()}. A rejected token or an unreachable
 * Discord becomes a {@link PlatformStartException} with one sentence within {@link #START_LIMIT}; the
 * details go to the debug log only.
 */
public final class DiscordPlatform implements Platform {
    /** The platform's name, as in every {@code UserRef} it makes. */
    public static final String NAME = InboundTranslator.PLATFORM;
    /** The longest {@link #start()} takes before giving up; the contract allows 30 seconds. */
    public static final Duration START_LIMIT = Duration.ofSeconds(25);
    /** The longest {@link #stop()} waits for shards to close gracefully before forcing them. */
    static final Duration STOP_GRACE = Duration.ofSeconds(7);

    private static final Logger LOG = LoggerFactory.getLogger(DiscordPlatform.class);
    private static final Duration FORCED_STOP = Duration.ofSeconds(1);
    private static final Duration WORKERS_STOP = Duration.ofSeconds(1);
    private static final long POLL_MILLIS = 50;

    private final DiscordSettings settings;
    private final ShardManagerFactory factory;
    private final DiscordListener listener;
    private final SlashCommandFactory commands;
    private final DiscordConnection connection;
    private final DiscordWorkers workers;
    private final Duration startLimit;

    @Inject
    public DiscordPlatform(DiscordSettings settings, ShardManagerFactory factory, DiscordListener listener,
            SlashCommandFactory commands, DiscordConnection connection, DiscordWorkers workers) {
        this(settings, factory, listener, commands, connection, workers, START_LIMIT);
    }

    DiscordPlatform(DiscordSettings settings, ShardManagerFactory factory, DiscordListener listener,
            SlashCommandFactory commands, DiscordConnection connection, DiscordWorkers workers,
            Duration startLimit) {
        this.settings = settings;
        this.factory = factory;
        this.listener = listener;
        this.commands = commands;
        this.connection = connection;
        this.workers = workers;
        this.startLimit = startLimit;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Connects to Discord and returns once the first shard of this process is connected.
     *
     * @throws PlatformStartException with one sentence for a rejected token, an unreachable Discord, or
     *                                a login that does not finish within {@link #START_LIMIT}
     */
    @Override
    public void start() throws PlatformStartException {
        if (connection.get().isPresent()) {
            return;
        }
        long deadline = System.nanoTime() + startLimit.toNanos();
        ShardManager manager = login();
        try {
            awaitConnected(manager.getShardById(settings.shardMin()), deadline);
        } catch (PlatformStartException e) {
            shutdownQuietly(manager);
            throw e;
        }
        connection.open(manager);
        registerCommands(manager.getShardById(settings.shardMin()));
        LOG.info("Connected to Discord: shards {} to {} of {}.", settings.shardMin(), settings.shardMax(),
                settings.totalShards());
    }

    /** JDA's login blocks on REST calls; run it on its own thread so the wait is bounded. */
    private ShardManager login() throws PlatformStartException {
        AtomicBoolean abandoned = new AtomicBoolean();
        ExecutorService starter = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "hearth-discord-login");
            thread.setDaemon(true);
            return thread;
        });
        Future<ShardManager> login = starter.submit(() -> {
            ShardManager manager = factory.login(settings, listener);
            if (abandoned.get()) {
                shutdownQuietly(manager); // start() already gave up; do not leave shards running
            }
            return manager;
        });
        try {
            return login.get(startLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandoned.set(true);
            login.cancel(true);
            LOG.debug("Discord login timed out after {}", startLimit);
            throw new PlatformStartException(StartFailures.timedOut(startLimit.toSeconds()));
        } catch (ExecutionException e) {
            LOG.debug("Discord login failed", e.getCause());
            throw new PlatformStartException(StartFailures.sentence(e.getCause()));
        } catch (InterruptedException e) {
            abandoned.set(true);
            login.cancel(true);
            Thread.currentThread().interrupt();
            throw new PlatformStartException("Hearth was interrupted while connecting to Discord.");
        } finally {
            starter.shutdown();
        }
    }

    private void awaitConnected(JDA shard, long deadline) throws PlatformStartException {
        if (shard == null) {
            throw new PlatformStartException("Discord started without shard " + settings.shardMin()
                    + ": check the shard settings.");
        }
        while (true) {
            JDA.Status status = shard.getStatus();
            if (status == JDA.Status.CONNECTED) {
                return;
            }
            if (status == JDA.Status.FAILED_TO_LOGIN || status == JDA.Status.SHUTTING_DOWN
                    || status == JDA.Status.SHUTDOWN) {
                throw new PlatformStartException(StartFailures.closedDuringLogin(settings.memberEvents()));
            }
            if (System.nanoTime() - deadline >= 0) {
                LOG.debug("Discord shard still {} at the start limit", status);
                throw new PlatformStartException(StartFailures.timedOut(startLimit.toSeconds()));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformStartException("Hearth was interrupted while connecting to Discord.");
            }
        }
    }

    /** Global commands belong to the application, so one shard registers them for all. */
    private void registerCommands(JDA shard) {
        var data = commands.commands();
        shard.updateCommands().addCommands(data).queue(
                done -> LOG.info("Registered {} Discord slash commands.", done.size()),
                error -> LOG.warn("Could not register the Discord slash commands: {}", DirectMessages.describe(error)));
    }

    /** Closes the shards within about ten seconds: gracefully first, then by force. */
    @Override
    public void stop() {
        connection.take().ifPresent(DiscordPlatform::shutdownQuietly);
        workers.shutdown(WORKERS_STOP);
    }

    private static void shutdownQuietly(ShardManager manager) {
        List<JDA> shards = List.copyOf(manager.getShards());
        try {
            manager.shutdown();
            long deadline = System.nanoTime() + STOP_GRACE.toNanos();
            for (JDA shard : shards) {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!shard.awaitShutdown(left, TimeUnit.NANOSECONDS)) {
                    shard.shutdownNow();
                }
            }
            long forcedDeadline = System.nanoTime() + FORCED_STOP.toNanos();
            for (JDA shard : shards) {
                long left = Math.max(0, forcedDeadline - System.nanoTime());
                if (!shard.awaitShutdown(left, TimeUnit.NANOSECONDS)) {
                    LOG.warn("A Discord shard did not stop in time; leaving it to exit with the process.");
                }
            }
        } catch (InterruptedException e) {
            shards.forEach(JDA::shutdownNow);
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("Discord shutdown failure", e);
            shards.forEach(JDA::shutdownNow);
        }
    }

    /** Whether the platform is connected, for health checks. */
    public boolean isRunning() {
        return connection.get().isPresent();
    }
}
