package dev.hearth.platform.discord;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off Discord's event threads, one task at a time per key (per person), so two quick messages
 * from one person are answered in the order they were written while different people are answered side
 * by side. A failing task is logged and never blocks the tasks after it.
 */
public final class SerialLanes {
    private static final Logger LOG = LoggerFactory.getLogger(SerialLanes.class);

    private final Executor executor;
    private final ConcurrentMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public SerialLanes(Executor executor) {
        this.executor = executor;
    }

    /**
     * Queues the task behind the earlier tasks of the same key.
     *
     * @return completes when the task has run (or was dropped because the executor is shut down)
     */
    public CompletableFuture<Void> submit(String key, Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<Void> previous = tails.put(key, done);
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("A Discord task failed with {}.", e.getClass().getSimpleName());
                LOG.debug("Discord task failure", e);
            } finally {
                tails.remove(key, done);
                done.complete(null);
            }
        };
        Runnable start = () -> {
            try {
                executor.execute(guarded);
            } catch (RejectedExecutionException e) {
                LOG.debug("Dropped a Discord task: the adapter is stopping.");
                tails.remove(key, done);
                done.complete(null);
            }
        };
        if (previous == null) {
            start.run();
        } else {
            previous.whenComplete((ignored, error) -> start.run());
        }
        return done;
    }

    /** How many keys have work queued or running, for tests and diagnostics. */
    int busyKeys() {
        return tails.size();
    }
}
