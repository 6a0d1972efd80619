package dev.hearth.app;

import dev.hearth.core.outbox.OutboxPump;
import java.time.Clock;
import java.time.Duration;

/**
 * The thread that moves stored proactive messages to the platforms: one {@link OutboxPump#pump()}
 * every {@code period}, on one daemon thread (a {@link Maintenance} job). {@link #start()} after the platforms are up. Stopping is in two steps around
 * the platforms' own stop: {@link #stopPumping()} first, so nothing new is handed to a platform that is
 * draining; {@link #finish()} after they have stopped and before the database closes, which lets their
 * last outcomes be recorded and gives back the leases of what they did not send, so the next start
 * sends it at once.
 */
public final class OutboxRunner {
    private static final Duration SETTLE_WAIT = Duration.ofSeconds(2);

    private final OutboxPump pump;
    private final Maintenance job;

    public OutboxRunner(OutboxPump pump, Clock clock, Duration period) {
        this.pump = pump;
        this.job = new Maintenance(pump::pump, clock, period, period);
    }

    /** Starts pumping; the first pump is at once. */
    public void start() {
        job.start();
    }

    /** Stops handing messages to the platforms. */
    public void stopPumping() {
        job.stop();
    }

    /** After the platforms have stopped: records their last outcomes and releases what is unsettled. */
    public void finish() {
        job.stop();
        pump.finish(SETTLE_WAIT);
    }
}
