package dev.hearth.checkin;

import dev.hearth.core.outbox.Courier;
import dev.hearth.core.outbox.Delivery;
import dev.hearth.core.outbox.OutboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A platform's courier for tests: it takes messages into a queue and sends them only when the test
 * says ({@link #sendUpTo}), like a platform pacing itself to a rate limit; each send gets the outcome
 * the script gives. What it never sends is what a crash would have lost in flight.
 */
final class FakeCourier implements Courier {
    record Sent(OutboundMessage message, Instant at, Delivery outcome) {
    }

    private record Waiting(OutboundMessage message, CompletableFuture<Delivery> outcome) {
    }

    private final String platform;
    private final Clock clock;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private final List<Sent> sent = new ArrayList<>();
    private Function<OutboundMessage, Delivery> script = message -> Delivery.SENT;

    FakeCourier(String platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    /** From now on each send ends as the function says. */
    FakeCourier answering(Function<OutboundMessage, Delivery> outcomes) {
        this.script = outcomes;
        return this;
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public synchronized CompletionStage<Delivery> deliver(OutboundMessage message) {
        CompletableFuture<Delivery> outcome = new CompletableFuture<>();
        waiting.add(new Waiting(message, outcome));
        return outcome;
    }

    /** Sends up to {@code limit} waiting messages, oldest first, and reports each outcome. */
    int sendUpTo(int limit) {
        List<Waiting> now = new ArrayList<>();
        synchronized (this) {
            while (now.size() < limit && !waiting.isEmpty()) {
                now.add(waiting.poll());
            }
        }
        for (Waiting w : now) {
            Delivery outcome = script.apply(w.message());
            synchronized (this) {
                sent.add(new Sent(w.message(), clock.instant(), outcome));
            }
            w.outcome().complete(outcome);
        }
        return now.size();
    }

    /** Sends everything waiting. */
    int sendAll() {
        return sendUpTo(Integer.MAX_VALUE);
    }

    synchronized int waiting() {
        return waiting.size();
    }

    /** Every attempt so far, in order, whatever its outcome. */
    synchronized List<Sent> attempts() {
        return List.copyOf(sent);
    }

    /** The attempts that reached the platform. */
    synchronized List<Sent> delivered() {
        return sent.stream().filter(s -> s.outcome() == Delivery.SENT).toList();
    }
}
