package dev.hearth.core;

import java.util.Objects;

/**
 * Where a message was said and where a reply goes: a private chat, a direct message channel, a group
 * or a server channel, named the way its platform names it.
 */
public record ConversationRef(String platform, String id) {
    public ConversationRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
    }
}
