package dev.hearth.app;

import dev.hearth.core.checkin.CheckinScheduler;
import dev.hearth.core.checkin.Outcome;
import dev.hearth.core.checkin.TickReport;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that runs the check-in scheduler: one pass every {@code period}, on one daemon thread (a
 * {@link Maintenance} job).
 * {@link #start()} after the platforms are up; {@link #stop()} after they stop and before the database
 * closes. A failing pass is logged and the next one runs as planned.
 */
public final class CheckinRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CheckinRunner.class);

    private final CheckinScheduler scheduler;
    private final Maintenance job;

    public CheckinRunner(CheckinScheduler scheduler, Clock clock, Duration period) {
        this.scheduler = scheduler;
        this.job = new Maintenance(this::pass, clock, period, period);
    }

    /** Starts the passes; the first runs at once. */
    public void start() {
        job.start();
    }

    /** Stops the passes, waiting a few seconds for one in progress to finish. */
    public void stop() {
        job.stop();
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
