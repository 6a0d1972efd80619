package dev.hearth.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.core.Attachment;
import dev.hearth.core.Button;
import dev.hearth.core.Reply;
import dev.hearth.core.Visibility;
import java.util.List;

/**
 * A {@link Reply} as the JSON the outbox stores: parts, buttons, attachments (bytes as Base64) and
 * visibility. Only the store reads it back, so the shape can change with a migration.
 */
final class ReplyJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record StoredButton(String id, String label) { }

    private record StoredAttachment(String fileName, String mediaType, byte[] content, String altText) { }

    private record StoredReply(List<String> parts, List<StoredButton> buttons, List<StoredAttachment> attachments,
                               String visibility) { }

    private ReplyJson() {
    }

    static String write(Reply reply) {
        StoredReply stored = new StoredReply(reply.parts(),
                reply.buttons().stream().map(b -> new StoredButton(b.id(), b.label())).toList(),
                reply.attachments().stream().map(a -> new StoredAttachment(a.fileName(), a.mediaType(), a.content(), a.altText())).toList(),
                reply.visibility().name());
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A reply could not be written as JSON", e);
        }
    }

    static Reply read(String json) {
        StoredReply stored;
        try {
            stored = JSON.readValue(json, StoredReply.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored reply is not valid JSON", e);
        }
        return new Reply(stored.parts(),
                stored.buttons().stream().map(b -> new Button(b.id(), b.label())).toList(),
                stored.attachments().stream().map(a -> new Attachment(a.fileName(), a.mediaType(), a.content(), a.altText())).toList(),
                Visibility.valueOf(stored.visibility()));
    }
}
