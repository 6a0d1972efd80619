package dev.hearth.core.checkin;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** What the personal and the server mood charts share: their colours, one per mood, and PNG encoding. */
final class ChartPalette {
    static final Color BACKGROUND = new Color(0xFB, 0xF7, 0xF2);
    static final Color GUIDE = new Color(0xE4, 0xDC, 0xD2);
    private static final Color[] SCORE_COLOURS = {
        new Color(0x6B, 0x7F, 0xA8), new Color(0x8F, 0x9F, 0xBF), new Color(0xB8, 0xB0, 0x9A),
        new Color(0xE0, 0xA4, 0x5E), new Color(0xE0, 0x7A, 0x3A)};

    private ChartPalette() {
    }

    /** The colour of a mood from 1 (lowest) to 5. */
    static Color mood(int score) {
        return SCORE_COLOURS[score - 1];
    }

    /** The image as PNG bytes; {@code what} names the chart if that fails. */
    static byte[] png(BufferedImage image, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("the " + what + " could not be written", e);
        }
        return out.toByteArray();
    }
}
