package dev.hearth.core;

import java.util.Objects;

/**
 * A file sent with a reply, such as a mood chart or a data export.
 *
 * @param altText what an image shows, in words, for people who cannot see it (a screen reader, a failed
 *                download); adapters set it where their platform allows (a Telegram caption, a Discord
 *                attachment description, the terminal's line). Empty for files that are not images.
 */
public record Attachment(String fileName, String mediaType, byte[] content, String altText) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content == null ? new byte[0] : content.clone();
        altText = altText == null ? "" : altText;
    }

    /** A file with no alt text (not an image). */
    public Attachment(String fileName, String mediaType, byte[] content) {
        this(fileName, mediaType, content, "");
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** True for an image (a chart), which needs alt text. */
    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
