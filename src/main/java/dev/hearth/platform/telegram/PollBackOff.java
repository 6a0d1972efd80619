package dev.hearth.platform.telegram;

import java.time.Duration;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/** The pause after a failed {@code getUpdates}: doubling from the first retry wait up to the longest. */
final class PollBackOff implements BackOff {
    private final long initialMillis;
    private final long maxMillis;
    private long nextMillis;

    PollBackOff(Duration initial, Duration max) {
        this.initialMillis = Math.max(1, initial.toMillis());
        this.maxMillis = Math.max(initialMillis, max.toMillis());
        this.nextMillis = initialMillis;
    }

    @Override
    public synchronized void reset() {
        nextMillis = initialMillis;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long current = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        return current;
    }
}
