package dev.hearth.platform.telegram;

import dev.hearth.core.outbox.Delivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every message Hearth sends on Telegram leaves through here, replies and proactive messages alike: one
 * FIFO lane per chat, sent by one thread within Telegram's limits ({@link RateLimiter}). A 429 pauses
 * the chat for Telegram's {@code retry_after}; a 5xx or a network failure is retried after a doubling
 * pause; a 403 drops what waits for that chat and tells the {@link UnreachableListener}; any other
 * rejection drops that one message.
 *
 * <p>Calls queued with {@link #enqueueTracked} report how they went (sent, refused, or worth trying
 * again later, also when the queue stops before they leave), so stored proactive messages are removed
 * from the outbox only once Telegram has them.
 *
 * <p>{@link #sendDue()} does one round of work and says when the next is due, so tests drive it with a
 * manual clock and never sleep; {@link #start()} runs it on a thread that waits with the {@link Sleeper}.
 */
final class SendQueue {
    private static final Logger log = LoggerFactory.getLogger(SendQueue.class);

    private final BotApi api;
    private final TelegramTuning tuning;
    private final Clock clock;
    private final Sleeper sleeper;
    private final UnreachableListener listener;
    private final ThreadFactory threads;
    private final RateLimiter limiter;

    private final Object lock = new Object();
    private final Map<Long, Lane> lanes = new HashMap<>();
    private long sequence;
    private Thread driver;
    private Instant drainUntil;
    private volatile boolean draining;
    private volatile boolean closed;

    SendQueue(BotApi api, TelegramTuning tuning, Clock clock, Sleeper sleeper, UnreachableListener listener,
              ThreadFactory threads) {
        this.api = api;
        this.tuning = tuning;
        this.clock = clock;
        this.sleeper = sleeper;
        this.listener = listener;
        this.threads = threads;
        this.limiter = new RateLimiter(tuning.chatInterval(), tuning.groupPerMinute(), tuning.globalPerSecond());
    }

    /** Queues calls in order; they are sent once the queue runs. Dropped after {@link #stop}. */
    void enqueue(List<Outgoing> items) {
        add(items, null);
    }

    /**
     * Queues calls in order, like {@link #enqueue}, and says how they went: {@link Delivery#SENT} when
     * all left (or some did and the rest could not), {@link Delivery#UNREACHABLE} after a 403,
     * {@link Delivery#FAILED} when Telegram rejected one, {@link Delivery#RETRY} when none left because
     * they gave up on retries or the queue stopped first.
     */
    CompletableFuture<Delivery> enqueueTracked(List<Outgoing> items) {
        List<CompletableFuture<Delivery>> each = new ArrayList<>(items.size());
        items.forEach(item -> each.add(new CompletableFuture<>()));
        add(items, each);
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                // Off the sending thread, which holds the queue's lock when a call finishes.
                .thenApplyAsync(done -> worst(each.stream().map(CompletableFuture::join).toList()));
    }

    private void add(List<Outgoing> items, List<CompletableFuture<Delivery>> outcomes) {
        if (items.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (closed || draining) {
                log.debug("Telegram send queue is stopped; {} calls dropped", items.size());
                if (outcomes != null) {
                    outcomes.forEach(outcome -> outcome.complete(Delivery.RETRY));
                }
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                Outgoing item = items.get(i);
                lanes.computeIfAbsent(item.target().chatId(), id -> new Lane()).items
                        .add(new Queued(item, sequence++, outcomes == null ? null : outcomes.get(i)));
            }
        }
        sleeper.wake();
    }

    // One refusal decides for the whole message. A retry resends every part, so once a part has gone
    // the message counts as sent: a missing tail is better than the person reading the start twice.
    private static Delivery worst(List<Delivery> outcomes) {
        for (Delivery severe : List.of(Delivery.UNREACHABLE, Delivery.FAILED)) {
            if (outcomes.contains(severe)) {
                return severe;
            }
        }
        if (outcomes.contains(Delivery.RETRY) && !outcomes.contains(Delivery.SENT)) {
            return Delivery.RETRY;
        }
        if (outcomes.contains(Delivery.RETRY)) {
            log.warn("Part of a proactive message could not be sent; the rest was, so it is not repeated");
        }
        return Delivery.SENT;
    }

    /** How many calls wait. */
    int pending() {
        synchronized (lock) {
            return lanes.values().stream().mapToInt(lane -> lane.items.size()).sum();
        }
    }

    /**
     * Sends every call that may leave now, oldest first across chats, each within the limits.
     *
     * @return when the next waiting call becomes due, or empty when nothing waits
     */
    Optional<Instant> sendDue() {
        while (!closed) {
            Lane lane;
            Queued next;
            synchronized (lock) {
                Instant now = clock.instant();
                Lane best = null;
                Instant bestAt = null;
                for (Map.Entry<Long, Lane> entry : lanes.entrySet()) {
                    Lane candidate = entry.getValue();
                    Queued head = candidate.items.peek();
                    if (head == null) {
                        continue;
                    }
                    Target target = head.outgoing.target();
                    Instant at = later(candidate.notBefore, limiter.earliest(target.chatId(), target.kind(), now));
                    if (best == null || at.isBefore(bestAt)
                            || at.equals(bestAt) && head.sequence < best.items.peek().sequence) {
                        best = candidate;
                        bestAt = at;
                    }
                }
                if (best == null) {
                    forgetIdle(now);
                    return Optional.empty();
                }
                if (bestAt.isAfter(now)) {
                    return Optional.of(bestAt);
                }
                lane = best;
                next = best.items.peek();
                Target target = next.outgoing.target();
                limiter.record(target.chatId(), target.kind(), now);
            }
            ApiFailure failure = attempt(next.outgoing);
            Unreachable refused;
            synchronized (lock) {
                refused = settle(lane, next, failure, clock.instant());
            }
            if (refused != null) {
                tell(refused);
            }
        }
        return Optional.empty();
    }

    /** Starts the sending thread. */
    void start() {
        Thread thread;
        synchronized (lock) {
            if (driver != null || closed) {
                return;
            }
            thread = threads.newThread(this::drive);
            driver = thread;
        }
        thread.start();
    }

    /**
     * Stops taking calls, lets due calls leave for up to {@code grace}, then stops the thread. Calls that
     * could not leave in time are dropped and counted in the log.
     */
    void stop(Duration grace) {
        Thread thread;
        synchronized (lock) {
            drainUntil = clock.instant().plus(grace);
            draining = true;
            thread = driver;
        }
        sleeper.wake();
        if (thread != null) {
            try {
                thread.join(Math.max(1, grace.toMillis()));
                if (thread.isAlive()) {
                    closed = true;
                    thread.interrupt();
                    thread.join(500);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closed = true;
        int left = 0;
        synchronized (lock) {
            for (Lane lane : lanes.values()) {
                left += lane.items.size();
                lane.items.forEach(queued -> queued.report(Delivery.RETRY));
            }
            lanes.clear();
        }
        if (left > 0) {
            log.warn("{} Telegram messages were not sent before stopping", left);
        }
    }

    private void drive() {
        while (!closed) {
            Optional<Instant> next;
            try {
                next = sendDue();
            } catch (RuntimeException e) {
                // A bug in one call must not stop all sending; pause briefly and go on.
                log.warn("Telegram send queue failed: {}", e.getClass().getSimpleName());
                log.debug("Telegram send queue failure", e);
                next = Optional.of(clock.instant().plusSeconds(1));
            }
            Instant wakeAt = next.orElse(null);
            if (draining) {
                if (wakeAt == null || !wakeAt.isBefore(drainUntil)) {
                    return;
                }
            }
            try {
                sleeper.sleepUntil(wakeAt);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private ApiFailure attempt(Outgoing outgoing) {
        try {
            outgoing.call().invoke(api);
            return null;
        } catch (Exception e) {
            log.debug("Telegram {} failed: {}", outgoing.method(), ApiFailure.summary(e));
            return ApiFailure.classify(e);
        }
    }

    // Decides what a finished attempt means for its lane; returns an event for the listener after a 403.
    private Unreachable settle(Lane lane, Queued queued, ApiFailure failure, Instant now) {
        Outgoing outgoing = queued.outgoing;
        switch (failure) {
            case null -> lane.done(Delivery.SENT);
            case ApiFailure.Harmless harmless -> lane.done(Delivery.SENT);
            case ApiFailure.RetryAfter retry -> {
                lane.notBefore = now.plus(retry.delay());
                log.info("Telegram asked to wait {} s before writing to a chat again", retry.delay().toSeconds());
            }
            case ApiFailure.Transient transientFailure -> {
                lane.failures++;
                if (lane.failures >= tuning.retryAttempts()) {
                    log.warn("Gave up on Telegram {} after {} attempts", outgoing.method(), lane.failures);
                    lane.done(Delivery.RETRY);
                } else {
                    lane.notBefore = now.plus(backoff(lane.failures));
                }
            }
            case ApiFailure.Refused refused -> {
                int dropped = lane.items.size();
                lane.items.forEach(waiting -> waiting.report(Delivery.UNREACHABLE));
                lane.items.clear();
                lane.failures = 0;
                log.info("Telegram refused delivery ({}); {} waiting calls dropped", refused.reason(), dropped);
                Target target = outgoing.target();
                return new Unreachable(target.conversation(), target.person(), refused.reason());
            }
            case ApiFailure.Rejected rejected -> {
                log.warn("Telegram rejected {} with code {}; dropped", outgoing.method(), rejected.code());
                lane.done(Delivery.FAILED);
            }
        }
        return null;
    }

    private Duration backoff(int failures) {
        Duration wait = tuning.retryInitial().multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(tuning.retryMax()) > 0 ? tuning.retryMax() : wait;
    }

    private void tell(Unreachable event) {
        try {
            listener.unreachable(event);
        } catch (RuntimeException e) {
            log.warn("The unreachable listener failed: {}", e.getClass().getSimpleName());
        }
    }

    private void forgetIdle(Instant now) {
        lanes.values().removeIf(lane -> lane.items.isEmpty() && !lane.notBefore.isAfter(now));
        limiter.forgetIdle(now);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A waiting call; {@code outcome} is null for replies nobody tracks. */
    private record Queued(Outgoing outgoing, long sequence, CompletableFuture<Delivery> outcome) {
        void report(Delivery delivery) {
            if (outcome != null) {
                outcome.complete(delivery);
            }
        }
    }

    /** One chat's waiting calls, and when it may be written to again after a 429 or a failure. */
    private static final class Lane {
        final ArrayDeque<Queued> items = new ArrayDeque<>();
        Instant notBefore = Instant.MIN;
        int failures;

        void done(Delivery delivery) {
            Queued finished = items.poll();
            if (finished != null) {
                finished.report(delivery);
            }
            failures = 0;
        }
    }
}
