package dev.hearth.core.outbox;

import java.util.concurrent.CompletionStage;

/**
 * A platform's way of sending a proactive message now, within its own rate limits, and saying how it
 * went. Implemented by each adapter; used only by the {@link OutboxPump}, which keeps the message in
 * the store until the courier reports an outcome other than {@link Delivery#RETRY}.
 */
public interface Courier {
    /** The platform this courier sends on, as in {@code UserRef.platform()}. */
    String platform();

    /**
     * Queues the message for sending and returns at once. The stage completes when the platform has
     * taken it or refused it; it should complete with {@link Delivery#RETRY} rather than exceptionally
     * when the failure may pass, and it may never complete if the process stops first (the pump then
     * gives the message to a later courier).
     */
    CompletionStage<Delivery> deliver(OutboundMessage message);
}
