package dev.hearth.core.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored proactive message leased to this process for one delivery attempt.
 *
 * @param id        its row in the store, in the order it was queued
 * @param message   who it is for and what it says
 * @param attempts  how many earlier attempts ended in {@link Delivery#RETRY}
 * @param expiresAt after this it is stale (a check-in hours late) and is dropped unsent
 */
public record QueuedMessage(long id, OutboundMessage message, int attempts, Instant expiresAt) {
    public QueuedMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
