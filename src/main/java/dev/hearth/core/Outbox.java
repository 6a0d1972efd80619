package dev.hearth.core;

/**
 * Where proactive messages (check-ins, goal follow-ups, care after a crisis) leave Hearth. Each
 * platform implements it with its own rate limits; the core never waits on a platform.
 */
public interface Outbox {
    /** The platform this outbox sends on, as in {@link UserRef#platform()}. */
    String platform();

    /** Queues a private message to the person. */
    void sendPrivately(UserRef person, Reply reply);

    /** Queues a message to a shared channel or group; it must carry nothing personal. */
    void sendToChannel(ConversationRef channel, Reply reply);

    /**
     * Queues a private message that leaves no earlier than {@code notBefore}, tagged so that
     * {@link #withdraw} can take it back before it goes (the paced breathing steps).
     *
     * @return false when this outbox cannot send later; the caller then says it all at once
     */
    default boolean sendPrivatelyAt(UserRef person, Reply reply, java.time.Instant notBefore, String tag) {
        return false;
    }

    /** Takes back the person's queued messages with this tag that have not left yet; returns how many. */
    default int withdraw(UserRef person, String tag) {
        return 0;
    }
}
