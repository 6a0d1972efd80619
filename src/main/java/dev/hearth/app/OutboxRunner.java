package dev.hearth.app;

import dev.hearth.core.outbox.OutboxPump;
import java.time.Duration;

/**
 * The thread that moves stored proactive messages to the platforms: one {@link OutboxPump#pump()}
 * every {@code period}. {@link #start()} after the platforms are up; {@link #stop()} after they have
 * stopped and before the database closes: it gives back the leases of messages no platform finished,
 * so the next start sends them at once.
 */
public final class OutboxRunner {
    private final OutboxPump pump;
    private final PeriodicJob job;

    public OutboxRunner(OutboxPump pump, Duration period) {
        this.pump = pump;
        this.job = new PeriodicJob("hearth-outbox", pump::pump, period);
    }

    /** Starts pumping; the first pump is at once. */
    public void start() {
        job.start();
    }

    /** Stops pumping and releases what is unsettled. */
    public void stop() {
        job.stop();
        pump.releaseUnsettled();
    }
}
