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
}
