package dev.hearth.platform.telegram;

import dev.hearth.core.Attachment;
import dev.hearth.core.Reply;
import dev.hearth.platform.MessageSplitter;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Turns a core {@link Reply} into Bot API calls for one chat: each text part split at Telegram's 4,096
 * characters on sentence boundaries and sent without a parse mode (so nothing a person wrote is read as
 * markup), the buttons as an inline keyboard under the last text message, and each attachment as a photo
 * ({@code image/png}) or a document.
 */
final class ReplyRenderer {
    /** Telegram's limit on a message's text. */
    static final int MAX_MESSAGE_CHARS = 4096;

    private final MessageSplitter splitter = new MessageSplitter(MAX_MESSAGE_CHARS);

    /** The calls that deliver the reply to the target, in order. */
    List<Outgoing> render(Reply reply, Target target) {
        List<String> pieces = new ArrayList<>();
        for (String part : reply.parts()) {
            pieces.addAll(splitter.split(part));
        }
        Optional<InlineKeyboardMarkup> keyboard = Keyboards.of(reply.buttons());
        List<Outgoing> calls = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            SendMessage message = message(target, pieces.get(i), i == 0,
                    i == pieces.size() - 1 ? keyboard.orElse(null) : null);
            calls.add(new Outgoing(target, SendMessage.PATH, api -> api.call(message)));
        }
        for (Attachment attachment : reply.attachments()) {
            calls.add(attachment(target, attachment));
        }
        return calls;
    }

    private static SendMessage message(Target target, String text, boolean first, InlineKeyboardMarkup keyboard) {
        SendMessage message = new SendMessage(Long.toString(target.chatId()), text);
        message.setMessageThreadId(target.threadId());
        message.setReplyMarkup(keyboard);
        if (first && target.replyToMessageId() != null) {
            message.setReplyParameters(ReplyParameters.builder()
                    .messageId(target.replyToMessageId())
                    .allowSendingWithoutReply(true)
                    .build());
        }
        return message;
    }

    private static Outgoing attachment(Target target, Attachment attachment) {
        String chatId = Long.toString(target.chatId());
        if (attachment.mediaType().toLowerCase(Locale.ROOT).equals("image/png")) {
            return new Outgoing(target, SendPhoto.PATH, api -> {
                SendPhoto photo = new SendPhoto(chatId, file(attachment));
                photo.setMessageThreadId(target.threadId());
                // Telegram has no alt text field: the caption carries it, for everyone and for screen readers.
                if (!attachment.altText().isBlank()) {
                    photo.setCaption(caption(attachment.altText()));
                }
                api.send(photo);
            });
        }
        return new Outgoing(target, SendDocument.PATH, api -> {
            SendDocument document = new SendDocument(chatId, file(attachment));
            document.setMessageThreadId(target.threadId());
            api.send(document);
        });
    }

    // A fresh stream per attempt, so a retried upload sends the whole file again.
    /** Telegram's limit on a caption. */
    static final int CAPTION_MAX = 1024;

    private static String caption(String alt) {
        String text = alt.strip();
        return text.length() > CAPTION_MAX ? text.substring(0, CAPTION_MAX - 1) + "…" : text;
    }

    private static InputFile file(Attachment attachment) {
        return new InputFile(new ByteArrayInputStream(attachment.content()), attachment.fileName());
    }
}
