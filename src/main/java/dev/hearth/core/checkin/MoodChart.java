package dev.hearth.core.checkin;

import dev.hearth.core.respond.PhraseBook;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws a person's moods over a period as a PNG that reads on its own: a title with the period, the
 * 1-5 scale with its words on the y axis (from {@code button.mood.N}), dates along the x axis, one dot
 * per check-in at its time, joined by a line, and a one-line key. One check-in is a single labelled
 * dot; none says so in the middle. Text is drawn with the bundled {@link ChartFont}, so it renders
 * headless on a server without fonts. {@link #altText} says the same in words for the attachment.
 */
public final class MoodChart {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 420;
    private static final int LEFT = 150;
    private static final int RIGHT = 32;
    private static final int TOP = 86;
    private static final int BOTTOM = 70;
    private static final Color INK = new Color(0x3B, 0x33, 0x2C);
    private static final Color SOFT_INK = new Color(0x7A, 0x6F, 0x64);
    private static final Color LINE = new Color(0xD9, 0x7B, 0x4A);
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final PhraseBook book;
    private final Font font;

    /** @param book the words of the chart: title, scale, key ({@code chart.*} and {@code button.mood.*}) */
    public MoodChart(PhraseBook book) {
        this.book = book;
        this.font = ChartFont.load();
    }

    /** The chart of these moods from {@code first} to {@code last} (inclusive, local days), as PNG bytes. */
    public byte[] render(List<MoodEntry> moods, ZoneId zone, LocalDate first, LocalDate last) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(ChartPalette.BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            title(g, first, last);
            scale(g);
            dates(g, first, last);
            List<MoodEntry> shown = moods.stream().filter(m -> inPeriod(m, zone, first, last)).toList();
            if (shown.isEmpty()) {
                centred(g, book.first("chart.mood.empty", "No check-ins in this period yet."));
            } else {
                points(g, shown, zone, first, last);
            }
            key(g);
        } finally {
            g.dispose();
        }
        return ChartPalette.png(image, "mood chart");
    }

    /**
     * What the chart shows, in words: the period, how many check-ins, their average and the lowest and
     * highest with their days, for a screen reader or anyone who cannot see the image.
     */
    public static String altText(List<MoodEntry> moods, ZoneId zone, LocalDate first, LocalDate last,
                                 PhraseBook book) {
        List<MoodEntry> shown = moods.stream().filter(m -> inPeriod(m, zone, first, last)).toList();
        String period = TICK.format(first) + " - " + PERIOD.format(last);
        if (shown.isEmpty()) {
            return book.first("chart.mood.alt.empty", "Mood chart, {first}: no check-ins.")
                    .replace("{first}", period);
        }
        double average = shown.stream().mapToInt(MoodEntry::score).average().orElse(0);
        MoodEntry lowest = shown.stream().min((a, b) -> a.score() != b.score() ? Integer.compare(a.score(), b.score())
                : b.recordedAt().compareTo(a.recordedAt())).orElseThrow();
        MoodEntry highest = shown.stream().max((a, b) -> a.score() != b.score() ? Integer.compare(a.score(), b.score())
                : a.recordedAt().compareTo(b.recordedAt())).orElseThrow();
        String key = shown.size() == 1 ? "chart.mood.alt.one" : "chart.mood.alt";
        return book.first(key, "Mood chart, {first}: {count} check-ins.")
                .replace("{first}", period)
                .replace("{count}", String.valueOf(shown.size()))
                .replace("{average}", String.format(Locale.ROOT, "%.1f", average))
                .replace("{lowest}", word(book, lowest.score()) + ", " + TICK.format(lowest.recordedAt().atZone(zone)))
                .replace("{highest}", word(book, highest.score()) + ", "
                        + TICK.format(highest.recordedAt().atZone(zone)));
    }

    private static boolean inPeriod(MoodEntry m, ZoneId zone, LocalDate first, LocalDate last) {
        LocalDate day = m.recordedAt().atZone(zone).toLocalDate();
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** The scale's word for a score, without its emoji ("Okay" for 3). */
    static String word(PhraseBook book, int score) {
        String label = book.first("button.mood." + score, String.valueOf(score));
        int space = label.indexOf(' ');
        return space > 0 ? label.substring(space + 1) : label;
    }

    private void title(Graphics2D g, LocalDate first, LocalDate last) {
        g.setColor(INK);
        g.setFont(font.deriveFont(Font.BOLD, 24f));
        g.drawString(book.first("chart.mood.title", "Your mood"), 28, 40);
        g.setColor(SOFT_INK);
        g.setFont(font.deriveFont(Font.PLAIN, 15f));
        g.drawString(TICK.format(first) + " - " + PERIOD.format(last), 28, 64);
    }

    private void scale(Graphics2D g) {
        g.setFont(font.deriveFont(Font.PLAIN, 15f));
        FontMetrics metrics = g.getFontMetrics();
        for (int score = 1; score <= 5; score++) {
            int y = y(score);
            g.setColor(ChartPalette.GUIDE);
            g.setStroke(new BasicStroke(1f));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            String label = score + "  " + word(book, score);
            g.setColor(ChartPalette.mood(score).darker());
            g.drawString(label, LEFT - 14 - metrics.stringWidth(label), y + metrics.getAscent() / 2 - 2);
        }
    }

    private void dates(Graphics2D g, LocalDate first, LocalDate last) {
        g.setFont(font.deriveFont(Font.PLAIN, 13f));
        FontMetrics metrics = g.getFontMetrics();
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        int every = days <= 8 ? 1 : days <= 16 ? 2 : days <= 31 ? 5 : 7;
        int base = HEIGHT - BOTTOM;
        if (every == 1) {
            // A short period: faint lines between the days, so each check-in sits visibly in its day.
            g.setColor(ChartPalette.GUIDE);
            for (long i = 1; i < days; i++) {
                int x = x(i, days);
                g.drawLine(x, y(5) - 6, x, base + 12);
            }
        }
        g.setColor(SOFT_INK);
        g.drawLine(LEFT, base + 12, WIDTH - RIGHT, base + 12);
        for (long i = days - 1; i >= 0; i -= every) {
            LocalDate day = first.plusDays(i);
            int x = x(day.toEpochDay() - first.toEpochDay() + 0.5, days);
            g.setColor(SOFT_INK);
            g.drawLine(x, base + 12, x, base + 17);
            String label = TICK.format(day);
            g.drawString(label, x - metrics.stringWidth(label) / 2, base + 20 + metrics.getAscent());
        }
    }

    private void points(Graphics2D g, List<MoodEntry> shown, ZoneId zone, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        int previousX = -1;
        int previousY = -1;
        int radius = shown.size() == 1 ? 9 : 6;
        for (MoodEntry mood : shown) {
            var local = mood.recordedAt().atZone(zone);
            double position = local.toLocalDate().toEpochDay() - first.toEpochDay()
                    + local.toLocalTime().toSecondOfDay() / 86_400.0;
            int x = x(position, days);
            int y = y(mood.score());
            if (previousX >= 0) {
                g.setColor(LINE);
                g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.drawLine(previousX, previousY, x, y);
            }
            previousX = x;
            previousY = y;
        }
        for (MoodEntry mood : shown) {
            var local = mood.recordedAt().atZone(zone);
            double position = local.toLocalDate().toEpochDay() - first.toEpochDay()
                    + local.toLocalTime().toSecondOfDay() / 86_400.0;
            int x = x(position, days);
            int y = y(mood.score());
            g.setColor(ChartPalette.BACKGROUND);
            g.fillOval(x - radius - 2, y - radius - 2, 2 * radius + 4, 2 * radius + 4);
            g.setColor(ChartPalette.mood(mood.score()));
            g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
        }
        if (shown.size() == 1) {
            // A single check-in: name it beside its dot, so the picture is not just one lost dot.
            MoodEntry only = shown.get(0);
            var local = only.recordedAt().atZone(zone);
            double position = local.toLocalDate().toEpochDay() - first.toEpochDay()
                    + local.toLocalTime().toSecondOfDay() / 86_400.0;
            int x = x(position, days);
            String label = word(book, only.score()) + ", " + TICK.format(local);
            g.setFont(font.deriveFont(Font.BOLD, 15f));
            FontMetrics metrics = g.getFontMetrics();
            int width = metrics.stringWidth(label);
            int textX = x + 16 + width > WIDTH - RIGHT ? x - 16 - width : x + 16;
            g.setColor(INK);
            g.drawString(label, textX, y(only.score()) - 12);
        }
    }

    private void key(Graphics2D g) {
        g.setFont(font.deriveFont(Font.PLAIN, 13f));
        g.setColor(SOFT_INK);
        String key = book.first("chart.mood.key", "Each dot is one check-in.");
        g.fillOval(LEFT, HEIGHT - 22 - 9, 9, 9);
        g.drawString(key, LEFT + 16, HEIGHT - 22);
    }

    private void centred(Graphics2D g, String text) {
        g.setFont(font.deriveFont(Font.PLAIN, 17f));
        g.setColor(SOFT_INK);
        FontMetrics metrics = g.getFontMetrics();
        int x = LEFT + (WIDTH - RIGHT - LEFT - metrics.stringWidth(text)) / 2;
        g.drawString(text, x, (y(3) + metrics.getAscent() / 2));
    }

    private static int x(double dayPosition, long days) {
        return LEFT + (int) Math.round(dayPosition * (WIDTH - RIGHT - LEFT) / days);
    }

    private static int y(double score) {
        return (int) Math.round(HEIGHT - BOTTOM - (score - 1) * (HEIGHT - TOP - BOTTOM) / 4.0);
    }
}
