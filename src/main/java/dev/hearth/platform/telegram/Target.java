package dev.hearth.platform.telegram;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.UserRef;
import java.util.Optional;

/**
 * Where a rendered reply goes: a chat, its kind, and in a group the topic thread and the message it
 * answers (both null when not applicable).
 */
record Target(long chatId, ChatKind kind, Integer threadId, Integer replyToMessageId) {

    /** A person's private chat; in Telegram its id is the person's id. */
    static Target privateChat(long userId) {
        return new Target(userId, ChatKind.PRIVATE, null, null);
    }

    /** A chat known only by id, as the outbox receives it. */
    static Target chat(long chatId) {
        return new Target(chatId, ChatKind.ofChatId(chatId), null, null);
    }

    ConversationRef conversation() {
        return new ConversationRef(TelegramPlatform.NAME, Long.toString(chatId));
    }

    /** The person behind a private chat. */
    Optional<UserRef> person() {
        return kind == ChatKind.PRIVATE
                ? Optional.of(new UserRef(TelegramPlatform.NAME, Long.toString(chatId)))
                : Optional.empty();
    }
}
