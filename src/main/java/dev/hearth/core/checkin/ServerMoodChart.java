package dev.hearth.core.checkin;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Draws a space's check-in answers as a PNG: one stacked column per day, the lowest mood at the bottom,
 * each mood in its own colour, the height the number of answers. Days without figures stay empty. It
 * draws no text, so it needs no fonts and works headless; the text reply carries the numbers.
 */
public final class ServerMoodChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final int MARGIN = 24;

    /** The chart of the period's days, from {@code first} to {@code last} inclusive, as PNG bytes. */
    public byte[] render(Map<LocalDate, List<Integer>> byDay, LocalDate first, LocalDate last) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(ChartPalette.BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ChartPalette.GUIDE);
            g.drawLine(MARGIN, HEIGHT - MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN);
            int most = byDay.values().stream()
                    .mapToInt(counts -> counts.stream().mapToInt(Integer::intValue).sum()).max().orElse(1);
            long days = last.toEpochDay() - first.toEpochDay() + 1;
            double slot = (WIDTH - 2.0 * MARGIN) / days;
            int barWidth = Math.max(2, (int) Math.floor(slot * 0.7));
            double unit = (HEIGHT - 2.0 * MARGIN) / Math.max(1, most);
            for (Map.Entry<LocalDate, List<Integer>> day : byDay.entrySet()) {
                long index = day.getKey().toEpochDay() - first.toEpochDay();
                if (index < 0 || index >= days) {
                    continue;
                }
                int x = MARGIN + (int) Math.round(index * slot + (slot - barWidth) / 2);
                double base = HEIGHT - MARGIN;
                for (int score = 1; score <= 5; score++) {
                    double height = day.getValue().get(score - 1) * unit;
                    if (height <= 0) {
                        continue;
                    }
                    g.setColor(ChartPalette.mood(score));
                    g.fillRect(x, (int) Math.round(base - height), barWidth, (int) Math.max(1, Math.round(height)));
                    base -= height;
                }
            }
        } finally {
            g.dispose();
        }
        return ChartPalette.png(image, "check-in chart");
    }
}
