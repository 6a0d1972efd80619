package dev.hearth.core.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where proactive messages wait until they are delivered. Every method is one transaction. A lease
 * keeps two processes on one database from sending the same message at the same time; a lease that
 * runs out (its process died mid-send) makes the message due again.
 */
public interface OutboxStore {
    /**
     * Stores a message to be sent from {@code notBefore} until {@code expiresAt}.
     *
     * @return its id; ids grow in the order messages are added
     */
    long add(OutboundMessage message, Instant notBefore, Instant expiresAt);

    /** Stores a message as {@link #add(OutboundMessage, Instant, Instant)} does, under a tag for {@link #withdraw}. */
    default long add(OutboundMessage message, Instant notBefore, Instant expiresAt, String tag) {
        return add(message, notBefore, expiresAt);
    }

    /**
     * Deletes the recipient's messages with this (non-empty) tag that nobody holds a lease on at {@code now};
     * returns how many.
     */
    default int withdraw(Recipient recipient, String tag, Instant now) {
        return 0;
    }

    /**
     * Leases up to {@code limit} of the platform's messages that are due at {@code now}, unexpired and
     * not leased by anyone, oldest first, until {@code leaseUntil}.
     */
    List<QueuedMessage> lease(String platform, Instant now, Instant leaseUntil, int limit);

    /** Keeps this process's leases on messages still with a courier, so nobody else takes them meanwhile. */
    void extendLeases(Collection<Long> ids, Instant until);

    /** Not for this process (another one can send it): due again at {@code at}, no attempt counted. */
    void postpone(long id, Instant at);

    /** The message was delivered (or refused for good): it leaves the store. */
    void remove(long id);

    /** The attempt failed but may succeed later: due again at {@code at}, one more attempt counted. */
    void retryAt(long id, Instant at);

    /** Gives up this process's lease on a message it did not finish, so it is due again at once. */
    void release(long id);

    /** Removes messages that expired before {@code now}; returns how many. */
    int removeExpired(Instant now);

    /** How many of the platform's messages wait, leased or not. */
    int waiting(String platform);
}
