package dev.hearth.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job run on one daemon thread, at once and then every interval: Hearth's daily housekeeping (the
 * retention purge) and, with short intervals, the check-in scheduler, the outbox pump and the crisis
 * check-ins. By default it runs at {@link #start()} and then once a day. "A day" is measured on the injected {@link Clock},
 * checked every hour, rather than by the executor's monotonic timer, which stops while the machine
 * sleeps: a laptop that sleeps most of the day still purges daily. A failed run is logged and tried
 * again at the next check. Whoever owns it calls {@link #start()} after the database is open and
 * {@link #stop()} before the database closes.
 */
public final class Maintenance {
    /** How often the job runs. */
    public static final Duration DAILY = Duration.ofDays(1);
    /** How often the clock is looked at. */
    public static final Duration HOURLY = Duration.ofHours(1);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);

    private final Runnable job;
    private final Clock clock;
    private final Duration interval;
    private final Duration checkEvery;
    private ScheduledExecutorService executor;
    private Instant lastRun;

    /** Runs the job at start and then daily, looking at the clock hourly. */
    public Maintenance(Runnable job, Clock clock) {
        this(job, clock, DAILY, HOURLY);
    }

    /**
     * @param job        the housekeeping to run, e.g. {@code purge::purge}
     * @param clock      the wall clock that decides when the job is due
     * @param interval   how long after a successful run the next one is due
     * @param checkEvery how often the clock is looked at; a failed run is retried this much later
     */
    public Maintenance(Runnable job, Clock clock, Duration interval, Duration checkEvery) {
        this.job = Objects.requireNonNull(job, "job");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.interval = positive(interval, "interval");
        this.checkEvery = positive(checkEvery, "checkEvery");
    }

    /**
     * Starts the thread: the job runs at once, then whenever it is due. A Maintenance starts once.
     *
     * @throws IllegalStateException when already started
     */
    public synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException("Maintenance is already started.");
        }
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "hearth-maintenance");
            thread.setDaemon(true);
            return thread;
        });
        // The first run is a one-shot task, so a stop() right after start() still lets it finish;
        // the hourly checks are periodic and are dropped by stop().
        pool.execute(this::check);
        pool.scheduleWithFixedDelay(this::check, checkEvery.toMillis(), checkEvery.toMillis(), TimeUnit.MILLISECONDS);
        executor = pool;
    }

    /**
     * Stops the thread, letting a run that has begun finish (up to 30 seconds); call it before the
     * database closes. Does nothing when not started.
     */
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = executor;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Maintenance did not finish within {} seconds; interrupting it", STOP_GRACE.toSeconds());
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** True between {@link #start()} and the end of {@link #stop()}. */
    public synchronized boolean isRunning() {
        return executor != null && !executor.isTerminated();
    }

    /**
     * Runs the job when it is due by the clock: never run yet, a full interval since the last
     * successful run, or the clock moved back before the last run. The scheduler thread calls this;
     * it is public so the schedule can be checked with a controlled clock.
     *
     * @return true when the job ran and succeeded
     */
    public synchronized boolean runIfDue() {
        Instant now = clock.instant();
        boolean due = lastRun == null || !now.isBefore(lastRun.plus(interval)) || now.isBefore(lastRun);
        if (!due) {
            return false;
        }
        try {
            job.run();
        } catch (RuntimeException e) {
            // The message of a store error can be long; its first line says enough. No user text is
            // involved: the job deletes by time.
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            LOG.warn("Maintenance failed ({}: {}); it will be tried again in {} s",
                    e.getClass().getSimpleName(), message, checkEvery.toSeconds());
            LOG.debug("Maintenance failure", e);
            return false;
        }
        lastRun = now;
        return true;
    }

    /** When the job last ran successfully, by the clock; empty before the first success. */
    public synchronized Optional<Instant> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    private void check() {
        try {
            runIfDue();
        } catch (RuntimeException e) {
            // A periodic task that throws is never run again: keep the schedule alive.
            LOG.error("Maintenance check failed unexpectedly", e);
        } catch (Error e) {
            // The schedule ends here; say so rather than stop silently.
            LOG.error("Maintenance stopped after a fatal error", e);
            throw e;
        }
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d + ".");
        }
        return d;
    }
}
