package dev.hearth.app;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job every {@code period} (measured from the end of the last run) on its own daemon thread.
 * A run that throws is logged and the next one runs as planned. {@link #stop()} waits a few seconds
 * for a run in progress.
 */
final class PeriodicJob {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJob.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final String threadName;
    private final Runnable job;
    private final Duration period;
    private ScheduledExecutorService executor;

    PeriodicJob(String threadName, Runnable job, Duration period) {
        this.threadName = Objects.requireNonNull(threadName, "threadName");
        this.job = Objects.requireNonNull(job, "job");
        this.period = Objects.requireNonNull(period, "period");
    }

    /** Starts the runs; the first is at once. Starting twice does nothing. */
    synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runSafely, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        LOG.debug("{} started, every {}", threadName, period);
    }

    /** Stops the runs, waiting a few seconds for one in progress. Does nothing when not started. */
    synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                LOG.warn("{} did not finish its run within {} s", threadName, STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    private void runSafely() {
        try {
            job.run();
        } catch (RuntimeException e) {
            // A periodic task that throws is never run again: keep the schedule alive.
            LOG.warn("{} failed: {}", threadName, e.getClass().getSimpleName());
            LOG.debug("{} failure", threadName, e);
        }
    }
}
