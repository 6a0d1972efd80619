package dev.hearth.platform.telegram;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads named {@code hearth-telegram-<job>-<n>}, so a leak is easy to spot. They are not daemons: the
 * platform shuts every executor down in {@code stop()}, and a forgotten one should show, not hide.
 */
final class NamedThreads implements ThreadFactory {
    static final String PREFIX = "hearth-telegram-";

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    NamedThreads(String job) {
        this.prefix = PREFIX + job + "-";
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + count.incrementAndGet());
        thread.setDaemon(false);
        return thread;
    }
}
