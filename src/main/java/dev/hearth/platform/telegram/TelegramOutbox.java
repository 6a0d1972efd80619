package dev.hearth.platform.telegram;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Outbox;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;

/**
 * Proactive messages (check-ins, follow-ups, care after a crisis) on Telegram. They join the same
 * per-chat send queue as replies, so they keep the same rate limits and retries; this never blocks.
 * Telegram bots cannot write first: a private message to someone who never opened a chat with the bot is
 * refused, and reported to the {@link UnreachableListener}.
 */
public final class TelegramOutbox implements Outbox {
    private final TelegramConnection connection;

    TelegramOutbox(TelegramConnection connection) {
        this.connection = connection;
    }

    @Override
    public String platform() {
        return TelegramPlatform.NAME;
    }

    @Override
    public void sendPrivately(UserRef person, Reply reply) {
        long userId = telegramId(person.platform(), person.id());
        connection.queue().enqueue(connection.renderer().render(reply, Target.privateChat(userId)));
    }

    @Override
    public void sendToChannel(ConversationRef channel, Reply reply) {
        long chatId = telegramId(channel.platform(), channel.id());
        connection.queue().enqueue(connection.renderer().render(reply, Target.chat(chatId)));
    }

    private static long telegramId(String platform, String id) {
        if (!TelegramPlatform.NAME.equals(platform)) {
            throw new IllegalArgumentException("Not a Telegram reference: " + platform);
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a Telegram chat id: " + id, e);
        }
    }
}
