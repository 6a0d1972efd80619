package dev.hearth.platform.telegram;

import dev.hearth.core.outbox.Courier;
import dev.hearth.core.outbox.Delivery;
import dev.hearth.core.outbox.OutboundMessage;
import dev.hearth.core.outbox.Recipient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Delivers Hearth's stored proactive messages on Telegram (check-ins, follow-ups, care after a crisis,
 * group check-in posts). They join the same per-chat send queue as replies, so they keep the same rate
 * limits and retries, and the queue reports how each went. Telegram bots cannot write first: a private
 * message to someone who never opened a chat with the bot is refused with a 403, which marks them
 * unreachable (through the {@link UnreachableListener}) and ends that message.
 */
public final class TelegramCourier implements Courier {
    private final TelegramConnection connection;

    TelegramCourier(TelegramConnection connection) {
        this.connection = connection;
    }

    @Override
    public String platform() {
        return TelegramPlatform.NAME;
    }

    @Override
    public CompletionStage<Delivery> deliver(OutboundMessage message) {
        Recipient to = message.recipient();
        long chatId;
        try {
            chatId = Long.parseLong(to.id());
        } catch (NumberFormatException e) {
            return CompletableFuture.completedFuture(Delivery.FAILED);
        }
        if (!TelegramPlatform.NAME.equals(to.platform())) {
            return CompletableFuture.completedFuture(Delivery.FAILED);
        }
        Target target = switch (to) {
            case Recipient.Person person -> Target.privateChat(chatId);
            case Recipient.Channel channel -> Target.chat(chatId);
        };
        return connection.queue().enqueueTracked(connection.renderer().render(message.reply(), target));
    }
}
