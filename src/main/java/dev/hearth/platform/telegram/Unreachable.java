package dev.hearth.platform.telegram;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.UserRef;
import java.util.Objects;
import java.util.Optional;

/**
 * Telegram refused to deliver to a chat (HTTP 403), or told Hearth the person blocked it. Messages to
 * that chat are dropped and not retried.
 *
 * @param chat   the chat that refused
 * @param person the person, when the chat is a private chat
 * @param reason why, as far as Telegram says
 */
public record Unreachable(ConversationRef chat, Optional<UserRef> person, Reason reason) {
    public Unreachable {
        Objects.requireNonNull(chat, "chat");
        person = person == null ? Optional.empty() : person;
        Objects.requireNonNull(reason, "reason");
    }

    /** Why a chat cannot be written to. */
    public enum Reason {
        /** The person blocked the bot. */
        BLOCKED,
        /** The person never opened a private chat with the bot; bots cannot write first. */
        NOT_STARTED,
        /** The person deleted their Telegram account. */
        DEACTIVATED,
        /** The bot was removed from the group. */
        REMOVED_FROM_GROUP,
        /** Telegram refused for another reason. */
        FORBIDDEN
    }
}
