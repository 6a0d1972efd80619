package dev.hearth.core.outbox;

import dev.hearth.core.Reply;
import java.util.Objects;

/** A proactive message: who it is for and what it says. */
public record OutboundMessage(Recipient recipient, Reply reply) {
    public OutboundMessage {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(reply, "reply");
    }
}
