package dev.hearth.core;

import java.util.List;
import java.util.Objects;

/**
 * What Hearth says back, before a platform renders it: text parts (each a message bubble or
 * paragraph), buttons, attachments and who may see it. Adapters split long parts to their limits.
 */
public record Reply(List<String> parts, List<Button> buttons, List<Attachment> attachments, Visibility visibility) {
    public Reply {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        buttons = List.copyOf(Objects.requireNonNull(buttons, "buttons"));
        attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments"));
        Objects.requireNonNull(visibility, "visibility");
    }

    /** A private reply made of text alone. */
    public static Reply text(String... parts) {
        return new Reply(List.of(parts), List.of(), List.of(), Visibility.PRIVATE);
    }

    /** A private reply made of these parts. */
    public static Reply text(List<String> parts) {
        return new Reply(parts, List.of(), List.of(), Visibility.PRIVATE);
    }

    /** A copy with these buttons. */
    public Reply withButtons(List<Button> newButtons) {
        return new Reply(parts, newButtons, attachments, visibility);
    }

    /** A copy with these attachments. */
    public Reply withAttachments(List<Attachment> newAttachments) {
        return new Reply(parts, buttons, newAttachments, visibility);
    }

    /** A copy shown to everyone in the channel. */
    public Reply asPublic() {
        return new Reply(parts, buttons, attachments, Visibility.PUBLIC);
    }

    /** The parts joined as one block of text, for logs of length and for the terminal. */
    public String joinedText() {
        return String.join("\n\n", parts);
    }
}
