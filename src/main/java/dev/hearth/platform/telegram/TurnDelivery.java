package dev.hearth.platform.telegram;

import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.Visibility;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;

/**
 * Delivers a turn's replies by the rule in {@code Conversations}: a public reply goes where the person
 * spoke; a private one goes to their private chat. Telegram bots cannot write first, so a private reply to
 * someone who never opened a chat with the bot fails there (403) and nothing takes its place in the group.
 */
final class TurnDelivery {
    private static final String CHOSEN_MARK = "\n\n✓ ";

    private final ReplyRenderer renderer;
    private final SendQueue queue;

    TurnDelivery(ReplyRenderer renderer, SendQueue queue) {
        this.renderer = renderer;
        this.queue = queue;
    }

    void deliver(TurnResult result, Origin origin) {
        for (Reply reply : result.replies()) {
            Target target = reply.visibility() == Visibility.PUBLIC ? origin.here() : origin.personally();
            queue.enqueue(renderer.render(reply, target));
        }
    }

    /**
     * Replaces the keyboard under a message whose button was pressed by a mark of the choice, so the
     * buttons cannot be pressed again. Editing without a keyboard removes it.
     */
    void closeKeyboard(Origin origin, TelegramEvent.PressedMessage message) {
        String text = message.label() == null ? message.text() : message.text() + CHOSEN_MARK + message.label();
        if (text.length() > ReplyRenderer.MAX_MESSAGE_CHARS) {
            text = message.text();
        }
        EditMessageText edit = EditMessageText.builder()
                .chatId(Long.toString(origin.chatId()))
                .messageId(message.messageId())
                .text(text)
                .build();
        Target chat = new Target(origin.chatId(), origin.kind(), origin.threadId(), null);
        queue.enqueue(List.of(new Outgoing(chat, EditMessageText.PATH, api -> api.call(edit))));
    }
}
