package dev.hearth.app;

import dev.hearth.core.checkin.CheckinScheduler;
import dev.hearth.core.checkin.Outcome;
import dev.hearth.core.checkin.TickReport;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that runs the check-in scheduler: one pass every {@code period}, on one daemon thread.
 * {@link #start()} after the platforms are up; {@link #stop()} after they stop and before the database
 * closes. A failing pass is logged and the next one runs as planned.
 */
public final class CheckinRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CheckinRunner.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final CheckinScheduler scheduler;
    private final Duration period;
    private ScheduledExecutorService executor;

    public CheckinRunner(CheckinScheduler scheduler, Duration period) {
        this.scheduler = scheduler;
        this.period = period;
    }

    /** Starts the passes; the first runs at once. Starting twice does nothing. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hearth-checkins");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pass, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        LOG.debug("check-in scheduler started, one pass every {}", period);
    }

    /** Stops the passes, waiting a few seconds for one in progress to finish. */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                LOG.warn("the check-in scheduler did not finish its pass within {} s", STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    /** One pass; never throws, so the schedule keeps running. */
    void pass() {
        try {
            TickReport report = scheduler.runDue();
            if (report.count(Outcome.LATE) > 0) {
                LOG.info("skipped {} check-ins or follow-ups more than {} h late (Hearth was not running)",
                        report.count(Outcome.LATE), CheckinScheduler.GRACE.toHours());
            }
            if (report.count(Outcome.UNREACHABLE) > 0) {
                LOG.warn("{} check-ins could not be sent: their platform is not running",
                        report.count(Outcome.UNREACHABLE));
            }
            if (!report.isEmpty()) {
                LOG.debug("check-in pass: {} (another process had claimed {})", report.outcomes(),
                        report.alreadyClaimed());
            }
        } catch (RuntimeException e) {
            LOG.warn("a check-in pass failed: {}", e.getMessage());
            LOG.debug("check-in pass failure", e);
        }
    }
}
