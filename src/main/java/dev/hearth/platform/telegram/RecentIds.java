package dev.hearth.platform.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/** The most recent ids seen, at most a fixed number, to act on each only once. Thread-safe. */
final class RecentIds<K> {
    private final Map<K, Boolean> seen;

    RecentIds(int capacity) {
        this.seen = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time an id is offered while it is still remembered. */
    synchronized boolean firstTime(K id) {
        return seen.putIfAbsent(id, Boolean.TRUE) == null;
    }

    synchronized int size() {
        return seen.size();
    }
}
