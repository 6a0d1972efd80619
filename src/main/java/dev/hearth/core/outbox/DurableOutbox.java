package dev.hearth.core.outbox;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Outbox;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The {@link Outbox} the scheduler writes to: each message is stored before anything is sent, so a
 * restart or a crash never loses one, and the {@link OutboxPump} hands it to the platform's
 * {@link Courier}. A message that could not go out within {@link #FRESH_FOR} is dropped unsent: a
 * check-in many hours late helps nobody.
 */
public final class DurableOutbox implements Outbox {
    /** How long a queued proactive message stays worth sending (the scheduler's own grace period). */
    public static final Duration FRESH_FOR = Duration.ofHours(2);

    private final String platform;
    private final OutboxStore store;
    private final Clock clock;

    /** @param platform the platform whose courier will send what is stored here */
    public DurableOutbox(String platform, OutboxStore store, Clock clock) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String platform() {
        return platform;
    }

    /** Stores a private message to the person; it leaves with the next pump. */
    @Override
    public void sendPrivately(UserRef person, Reply reply) {
        add(new Recipient.Person(person), reply);
    }

    /** Stores a post to a shared channel or group; it leaves with the next pump. */
    @Override
    public void sendToChannel(ConversationRef channel, Reply reply) {
        add(new Recipient.Channel(channel), reply);
    }

    /** Stores a private message that leaves from {@code notBefore}, under a tag {@link #withdraw} can take back. */
    @Override
    public boolean sendPrivatelyAt(UserRef person, Reply reply, Instant notBefore, String tag) {
        Recipient recipient = new Recipient.Person(person);
        if (!platform.equals(recipient.platform())) {
            throw new IllegalArgumentException("The " + platform + " outbox cannot send to " + recipient.platform());
        }
        store.add(new OutboundMessage(recipient, reply), notBefore, notBefore.plus(FRESH_FOR), tag);
        return true;
    }

    /** Deletes the person's stored messages with this tag that no courier has taken yet. */
    @Override
    public int withdraw(UserRef person, String tag) {
        return store.withdraw(new Recipient.Person(person), tag, clock.instant());
    }

    private void add(Recipient recipient, Reply reply) {
        if (!platform.equals(recipient.platform())) {
            throw new IllegalArgumentException("The " + platform + " outbox cannot send to " + recipient.platform());
        }
        Instant now = clock.instant();
        store.add(new OutboundMessage(recipient, reply), now, now.plus(FRESH_FOR));
    }
}
