package dev.hearth.platform.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's flood limits as earliest send times: a least interval between messages to one chat, at
 * most N messages to one group per minute and at most M overall per second. Not thread-safe: the send
 * queue calls it under its lock.
 */
final class RateLimiter {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final Duration chatInterval;
    private final int groupPerMinute;
    private final int globalPerSecond;
    private final Map<Long, Instant> lastInChat = new HashMap<>();
    private final Map<Long, ArrayDeque<Instant>> groupSends = new HashMap<>();
    private final ArrayDeque<Instant> allSends = new ArrayDeque<>();

    RateLimiter(Duration chatInterval, int groupPerMinute, int globalPerSecond) {
        this.chatInterval = chatInterval;
        this.groupPerMinute = groupPerMinute;
        this.globalPerSecond = globalPerSecond;
    }

    /** The earliest instant, not before {@code now}, at which a message to this chat keeps every limit. */
    Instant earliest(long chatId, ChatKind kind, Instant now) {
        Instant earliest = now;
        Instant last = lastInChat.get(chatId);
        if (last != null) {
            earliest = later(earliest, last.plus(chatInterval));
        }
        if (kind == ChatKind.GROUP) {
            earliest = later(earliest, windowOpens(groupSends.get(chatId), groupPerMinute, MINUTE));
        }
        return later(earliest, windowOpens(allSends, globalPerSecond, SECOND));
    }

    /** Counts a request to this chat made at {@code at}. */
    void record(long chatId, ChatKind kind, Instant at) {
        lastInChat.put(chatId, at);
        if (kind == ChatKind.GROUP) {
            remember(groupSends.computeIfAbsent(chatId, id -> new ArrayDeque<>()), at, groupPerMinute);
        }
        remember(allSends, at, globalPerSecond);
    }

    /** Forgets chats that have not been written to for a minute, so memory stays bounded. */
    void forgetIdle(Instant now) {
        Instant cutoff = now.minus(MINUTE).minus(chatInterval);
        lastInChat.values().removeIf(last -> last.isBefore(cutoff));
        groupSends.values().removeIf(sends -> sends.isEmpty() || sends.peekLast().isBefore(cutoff));
    }

    /** How many chats are remembered, for tests of {@link #forgetIdle}. */
    int remembered() {
        return lastInChat.size();
    }

    // Each window keeps only the last `limit` sends: the window is full exactly when the oldest of them
    // is less than the window's length ago.
    private static Instant windowOpens(ArrayDeque<Instant> sends, int limit, Duration window) {
        if (sends == null || sends.size() < limit) {
            return Instant.MIN;
        }
        return sends.peekFirst().plus(window);
    }

    private static void remember(ArrayDeque<Instant> sends, Instant at, int limit) {
        sends.addLast(at);
        while (sends.size() > limit) {
            sends.removeFirst();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
