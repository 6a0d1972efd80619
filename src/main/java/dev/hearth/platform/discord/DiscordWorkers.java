package dev.hearth.platform.discord;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The threads that run turns and proactive messages off Discord's event threads: one virtual thread per
 * task, ordered per person by {@link SerialLanes}. Owned by the adapter and shut down with it.
 */
public final class DiscordWorkers {
    private final ExecutorService executor;
    private final SerialLanes lanes;

    @Inject
    public DiscordWorkers() {
        this(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("hearth-discord-", 0).factory()));
    }

    DiscordWorkers(ExecutorService executor) {
        this.executor = executor;
        this.lanes = new SerialLanes(executor);
    }

    /** The lanes that order work per person. */
    public SerialLanes lanes() {
        return lanes;
    }

    /** Stops taking work and waits up to the limit for running tasks; later tasks are dropped. */
    void shutdown(Duration limit) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
