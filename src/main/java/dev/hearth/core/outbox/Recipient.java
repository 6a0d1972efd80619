package dev.hearth.core.outbox;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.UserRef;

/** Who a proactive message is for: one person privately, or a shared channel or group. */
public sealed interface Recipient {
    /** The platform that delivers it, as in {@link UserRef#platform()}. */
    String platform();

    /** The platform's id for the person or the channel. */
    String id();

    /** A private message to a person. */
    record Person(UserRef user) implements Recipient {
        @Override
        public String platform() {
            return user.platform();
        }

        @Override
        public String id() {
            return user.id();
        }
    }

    /** A post to a server channel or group; it must carry nothing personal. */
    record Channel(ConversationRef channel) implements Recipient {
        @Override
        public String platform() {
            return channel.platform();
        }

        @Override
        public String id() {
            return channel.id();
        }
    }
}
