package dev.hearth.core.checkin;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font the charts write with: DejaVu Sans, bundled in {@code /fonts} with its licence
 * ({@code DejaVu-LICENSE.txt}, the Bitstream Vera licence, which allows redistribution), so a chart
 * reads the same on a server with no fonts installed. Loaded once per chart and registered with the
 * {@link GraphicsEnvironment}; works headless.
 */
final class ChartFont {
    static final String RESOURCE = "/fonts/DejaVuSans.ttf";

    private ChartFont() {
    }

    /** The bundled font at size 1; derive the size and style you draw with. */
    static Font load() {
        try (InputStream in = ChartFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the chart font " + RESOURCE + " is missing from the build");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("the chart font could not be read", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the chart font is not a TrueType font", e);
        }
    }
}
