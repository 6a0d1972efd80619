package dev.hearth.platform.discord;

import dev.hearth.core.Attachment;
import dev.hearth.core.Reply;
import dev.hearth.platform.MessageSplitter;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a core {@link Reply} into Discord messages: each text part split at Discord's 2,000-character
 * limit on sentence boundaries, masked links escaped, buttons and attachments on the last message, and
 * <b>no allowed mentions</b> on every message, so echoed text can never ping {@code @everyone},
 * {@code @here}, a role or a person. The one exception is {@link #teamNotice}: Hearth's own line to a server's
 * support team, which may ping exactly that team's role and the person who asked for it, and nobody else.
 */
public final class MessageRenderer {
    /** Discord's limit on an attachment's description (its alt text). */
    static final int ALT_MAX = 1024;
    /** Discord's limit on a message's text. */
    public static final int MESSAGE_LIMIT = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(MessageRenderer.class);
    private static final int BUTTONS_PER_ROW = 5;
    private static final int MAX_ROWS = 5;

    private final MessageSplitter splitter = new MessageSplitter(MESSAGE_LIMIT);

    @Inject
    public MessageRenderer() {
    }

    /** The messages for this reply, in order; empty when the reply has nothing to show. */
    public List<MessageCreateData> render(Reply reply) {
        List<String> pieces = new ArrayList<>();
        for (String part : reply.parts()) {
            // escape before splitting, so every piece stays within the limit
            pieces.addAll(splitter.split(MaskedLinks.escape(part)));
        }
        List<Button> buttons = buttons(reply);
        List<FileUpload> files = reply.attachments().stream()
                .map(MessageRenderer::upload)
                .toList();
        if (pieces.isEmpty() && buttons.isEmpty() && files.isEmpty()) {
            return List.of();
        }
        if (pieces.isEmpty()) {
            pieces.add("");
        }
        List<MessageCreateData> messages = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            MessageCreateBuilder builder = quiet(new MessageCreateBuilder()).setContent(pieces.get(i));
            if (i == pieces.size() - 1) {
                if (!buttons.isEmpty()) {
                    builder.setComponents(ActionRow.partitionOf(buttons));
                }
                builder.setFiles(files);
            }
            messages.add(builder.build());
        }
        return messages;
    }

    /** One short message of Hearth's own (a notice from the phrase file), with no allowed mentions. */
    public MessageCreateData notice(String text) {
        return quiet(new MessageCreateBuilder()).setContent(MaskedLinks.escape(text)).build();
    }

    /**
     * The line that tells a server's support team someone would like them to reach out: the role's and the
     * person's mentions, then Hearth's own sentence. Allowed mentions are exactly that role and that user;
     * no mention type is parsed, so {@code @everyone}, {@code @here} and any other id stay silent.
     */
    public MessageCreateData teamNotice(String text, long roleId, long userId) {
        String role = Long.toUnsignedString(roleId);
        String user = Long.toUnsignedString(userId);
        return quiet(new MessageCreateBuilder())
                .mentionRoles(List.of(role))
                .mentionUsers(List.of(user))
                .setContent("<@&" + role + "> <@" + user + "> " + MaskedLinks.escape(text))
                .build();
    }

    /** The builder with every kind of mention switched off; the one place outgoing messages are made. */
    static MessageCreateBuilder quiet(MessageCreateBuilder builder) {
        return builder.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).mentionRepliedUser(false);
    }

    private static List<Button> buttons(Reply reply) {
        List<Button> buttons = new ArrayList<>();
        for (dev.hearth.core.Button button : reply.buttons()) {
            if (button.id().isEmpty() || button.id().length() > Button.ID_MAX_LENGTH) {
                // an id Discord would refuse would fail the whole message; leave the button out instead
                LOG.warn("Left out a button whose id is {} characters long (Discord allows 1 to {}).",
                        button.id().length(), Button.ID_MAX_LENGTH);
                continue;
            }
            if (buttons.size() == BUTTONS_PER_ROW * MAX_ROWS) {
                LOG.warn("Left out buttons beyond Discord's {} per message.", BUTTONS_PER_ROW * MAX_ROWS);
                break;
            }
            buttons.add(Button.secondary(button.id(), label(button.label())));
        }
        return buttons;
    }

    private static String label(String label) {
        String trimmed = label.strip();
        if (trimmed.isEmpty()) {
            return "·";
        }
        if (trimmed.length() <= Button.LABEL_MAX_LENGTH) {
            return trimmed;
        }
        int end = Button.LABEL_MAX_LENGTH - 1;
        if (Character.isLowSurrogate(trimmed.charAt(end))) {
            end--; // keep an emoji whole
        }
        return trimmed.substring(0, end) + "…";
    }

    /** The file, with its alt text as the attachment's description (what screen readers read) when it has one. */
    private static FileUpload upload(Attachment attachment) {
        FileUpload file = FileUpload.fromData(attachment.content(), safeFileName(attachment));
        String alt = attachment.altText().strip();
        if (!alt.isEmpty()) {
            file.setDescription(alt.length() > ALT_MAX ? alt.substring(0, ALT_MAX - 1) + "…" : alt);
        }
        return file;
    }

    private static String safeFileName(Attachment attachment) {
        String name = attachment.fileName().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return name.isBlank() ? "attachment" : name;
    }
}
