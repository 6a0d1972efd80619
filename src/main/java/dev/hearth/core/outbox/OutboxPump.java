package dev.hearth.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves stored proactive messages to the platforms. Each {@link #pump()} leases the oldest due
 * messages of each running platform (at most {@link #IN_FLIGHT} unsettled at a time, so a slow
 * platform never holds the whole queue in memory) and hands them to its {@link Courier}. When the
 * courier reports back, a sent or refused message leaves the store, a {@link Delivery#RETRY} is due
 * again after a doubling pause, and one that has failed {@link #MAX_ATTEMPTS} times or gone stale is
 * dropped with a log line; one for another process ({@link Delivery#ELSEWHERE}) is due again shortly
 * without counting an attempt. Leases of messages still with a courier are renewed every pump. The store keeps everything unsettled: after a stop {@link
 * #releaseUnsettled()} makes it due at once; after a crash it is due when its lease ends.
 *
 * <p>Delivery is at least once: a crash after the platform took a message but before the store
 * heard of it sends that message again when the lease ends. The window is one send.
 */
public final class OutboxPump {
    /** How many messages per platform may be with the courier, unsettled, at once. */
    public static final int IN_FLIGHT = 64;
    /** How long another process waits before taking over a message this one leased. */
    public static final Duration LEASE = Duration.ofMinutes(5);
    /** Attempts before a message is given up. */
    public static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(10);
    private static final Duration ELSEWHERE_PAUSE = Duration.ofSeconds(2);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxPump.class);

    private final OutboxStore store;
    private final Map<String, Courier> couriers;
    private final Clock clock;
    private final Set<Long> unsettled = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> unsettledByPlatform = new ConcurrentHashMap<>();

    /** @param couriers one per running platform */
    public OutboxPump(OutboxStore store, Set<Courier> couriers, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.couriers = couriers.stream().collect(Collectors.toUnmodifiableMap(Courier::platform, Function.identity()));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What one pump did. */
    public record Report(int handed, int expired) {
        /** True when nothing happened. */
        public boolean isEmpty() {
            return handed == 0 && expired == 0;
        }
    }

    /** One round: drops stale messages, then hands each platform its oldest due ones. Never blocks on a platform. */
    public Report pump() {
        Instant now = clock.instant();
        int expired = store.removeExpired(now);
        if (expired > 0) {
            LOG.info("Dropped {} proactive messages that could not be sent while they were still timely", expired);
        }
        // A courier may hold a message longer than a lease (a long 429 wait): keep what it holds ours.
        store.extendLeases(Set.copyOf(unsettled), now.plus(LEASE));
        int handed = 0;
        for (Courier courier : couriers.values()) {
            int room = IN_FLIGHT - unsettledByPlatform.getOrDefault(courier.platform(), 0);
            if (room <= 0) {
                continue;
            }
            for (QueuedMessage queued : store.lease(courier.platform(), now, now.plus(LEASE), room)) {
                if (unsettled.add(queued.id())) {
                    unsettledByPlatform.merge(courier.platform(), 1, Integer::sum);
                    hand(courier, queued);
                    handed++;
                }
            }
        }
        return new Report(handed, expired);
    }

    /**
     * Waits up to {@code patience} for the couriers to settle what they hold (after the platforms have
     * stopped, their last outcomes are still being recorded), then releases the rest.
     */
    public void finish(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!unsettled.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        releaseUnsettled();
    }

    /** How many messages are with a courier and not yet settled. */
    public int unsettled() {
        return unsettled.size();
    }

    /**
     * Gives back the leases of messages no courier settled, so the next start sends them at once. Call
     * it after the platforms have stopped, before the database closes.
     */
    public void releaseUnsettled() {
        for (Long id : Set.copyOf(unsettled)) {
            try {
                store.release(id);
            } catch (RuntimeException e) {
                LOG.warn("Could not release a proactive message; it is sent when its lease ends: {}",
                        e.getClass().getSimpleName());
            }
        }
    }

    private void hand(Courier courier, QueuedMessage queued) {
        CompletionStage<Delivery> stage;
        try {
            stage = courier.deliver(queued.message());
        } catch (RuntimeException e) {
            LOG.warn("The {} courier failed to take a message: {}", courier.platform(), e.getClass().getSimpleName());
            stage = CompletableFuture.completedFuture(Delivery.RETRY);
        }
        stage.whenComplete((delivery, failure) -> settle(courier.platform(), queued,
                failure != null || delivery == null ? Delivery.RETRY : delivery));
    }

    private void settle(String platform, QueuedMessage queued, Delivery delivery) {
        try {
            if (delivery == Delivery.ELSEWHERE) {
                store.postpone(queued.id(), clock.instant().plus(ELSEWHERE_PAUSE));
                return;
            }
            if (delivery != Delivery.RETRY) {
                store.remove(queued.id());
                if (delivery == Delivery.FAILED) {
                    LOG.warn("{} refused a proactive message for good; it was dropped", platform);
                }
                return;
            }
            int attempts = queued.attempts() + 1;
            Instant next = clock.instant().plus(pause(attempts));
            if (attempts >= MAX_ATTEMPTS || next.isAfter(queued.expiresAt())) {
                store.remove(queued.id());
                LOG.warn("Gave up a proactive message on {} after {} attempts", platform, attempts);
            } else {
                store.retryAt(queued.id(), next);
            }
        } catch (RuntimeException e) {
            // The lease runs out and the message is tried again: at least once, never lost.
            LOG.warn("Could not record how a proactive message went: {}", e.getClass().getSimpleName());
        } finally {
            unsettled.remove(queued.id());
            unsettledByPlatform.merge(platform, -1, Integer::sum);
        }
    }

    /** The pause before attempt {@code attempts + 1}: 10 s, doubling, at most 15 minutes. */
    static Duration pause(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 16));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
