package dev.hearth.core.outbox;

/** How one attempt to deliver a proactive message went, as a {@link Courier} reports it. */
public enum Delivery {
    /** It reached the platform. */
    SENT,
    /** It may go through later: a rate limit, a server error, no connection, or the platform stopping. */
    RETRY,
    /** The person cannot be written to (blocked Hearth, closed direct messages, left): not retried. */
    UNREACHABLE,
    /** The platform refused it for good (unknown channel, no permission, a malformed message). */
    FAILED,
    /**
     * This process cannot send it but another one sharing the store can (a Discord channel on a shard
     * another process runs): due again shortly, without counting an attempt.
     */
    ELSEWHERE
}
