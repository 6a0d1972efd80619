package dev.hearth.core;

import java.util.Objects;

/** A file sent with a reply, such as a mood chart or a data export. */
public record Attachment(String fileName, String mediaType, byte[] content) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
