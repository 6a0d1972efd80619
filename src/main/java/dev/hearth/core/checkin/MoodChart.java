package dev.hearth.core.checkin;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Map;

/**
 * Draws a person's moods of the last days as a small PNG: one column per day, a dot at the day's score
 * (1 at the bottom, 5 at the top) joined by a line, with faint guides at each score. It draws no text,
 * so it needs no fonts and works on a headless server; the summary sentences carry the words.
 */
public final class MoodChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 280;
    private static final int MARGIN = 24;
    private static final Color LINE = new Color(0xD9, 0x7B, 0x4A);

    /** The chart of these days' scores, from {@code first} to {@code last} inclusive, as PNG bytes. */
    public byte[] render(Map<LocalDate, Double> byDay, LocalDate first, LocalDate last) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(ChartPalette.BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ChartPalette.GUIDE);
            g.setStroke(new BasicStroke(1f));
            for (int score = 1; score <= 5; score++) {
                int y = y(score);
                g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
            }
            long days = Math.max(1, last.toEpochDay() - first.toEpochDay());
            int previousX = -1;
            int previousY = -1;
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Map.Entry<LocalDate, Double> day : byDay.entrySet()) {
                long index = day.getKey().toEpochDay() - first.toEpochDay();
                if (index < 0 || day.getKey().isAfter(last)) {
                    continue;
                }
                int x = MARGIN + (int) Math.round(index * (WIDTH - 2.0 * MARGIN) / days);
                int y = y(day.getValue());
                if (previousX >= 0) {
                    g.setColor(LINE);
                    g.drawLine(previousX, previousY, x, y);
                }
                g.setColor(ChartPalette.mood((int) Math.round(day.getValue())));
                g.fillOval(x - 6, y - 6, 12, 12);
                previousX = x;
                previousY = y;
            }
        } finally {
            g.dispose();
        }
        return ChartPalette.png(image, "mood chart");
    }

    private static int y(double score) {
        return (int) Math.round(HEIGHT - MARGIN - (score - 1) * (HEIGHT - 2.0 * MARGIN) / 4);
    }
}
