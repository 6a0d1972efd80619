package dev.hearth.platform.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How the send queue waits for its next due message: until a deadline, or until new work arrives.
 * Time comes from the injected clock.
 */
interface Sleeper {
    /** Waits until the deadline ({@code null}: until woken) or until {@link #wake()}. */
    void sleepUntil(Instant deadline) throws InterruptedException;

    /** Ends the current or the next wait early. */
    void wake();

    /** A sleeper on a monitor, measuring the wait with the clock. */
    static Sleeper on(Clock clock) {
        return new MonitorSleeper(clock);
    }

    /** Waits on a monitor; a wake that comes before the wait is not lost. */
    final class MonitorSleeper implements Sleeper {
        private final Clock clock;
        private boolean woken;

        MonitorSleeper(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized void sleepUntil(Instant deadline) throws InterruptedException {
            if (!woken) {
                if (deadline == null) {
                    wait();
                } else {
                    long millis = Duration.between(clock.instant(), deadline).toMillis();
                    if (millis > 0) {
                        wait(millis);
                    }
                }
            }
            woken = false;
        }

        @Override
        public synchronized void wake() {
            woken = true;
            notifyAll();
        }
    }
}
