package dev.hearth.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.respond.PhraseBook;
import dev.hearth.data.YamlResources;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The mood chart")
class MoodChartTest {
    static final PhraseBook BOOK = new YamlResources("en").phrases();
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate LAST = LocalDate.of(2026, 11, 24);
    static final LocalDate FIRST = LAST.minusDays(29);

    final MoodChart chart = new MoodChart(BOOK);

    static MoodEntry mood(int score, String localDateTime) {
        return new MoodEntry(score, MoodSource.CHECKIN,
                java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
    }

    BufferedImage render(List<MoodEntry> moods, String name) throws IOException {
        byte[] png = chart.render(moods, ZONE, FIRST, LAST);
        // Kept under target/ so a person can look at what the chart looks like.
        Path out = Path.of("target", "charts", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Pixels in a region that are clearly darker than the background: drawn text or marks. */
    static int ink(BufferedImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                if (brightness < 450) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    @DisplayName("is drawn headless with a title, a labelled scale on the left and dates along the bottom")
    void labelled() throws IOException {
        List<MoodEntry> moods = new ArrayList<>();
        int[] scores = {2, 3, 3, 4, 1, 2, 5, 4, 3};
        for (int i = 0; i < scores.length; i++) {
            moods.add(mood(scores[i], LAST.minusDays(20 - 2L * i) + "T" + (i % 2 == 0 ? "09:15" : "20:40")));
        }

        BufferedImage image = render(moods, "month");

        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(image.getWidth()).isGreaterThan(image.getHeight());
        assertThat(ink(image, 0, 0, image.getWidth(), 70)).as("title and period").isGreaterThan(200);
        assertThat(ink(image, 0, 80, 140, image.getHeight() - 70)).as("the scale's words").isGreaterThan(200);
        assertThat(ink(image, 150, image.getHeight() - 60, image.getWidth(), image.getHeight() - 30))
                .as("dates on the x axis").isGreaterThan(100);
    }

    @Test
    @DisplayName("one check-in is a labelled dot, and none says so; both still carry title and scale")
    void oneOrNone() throws IOException {
        BufferedImage one = render(List.of(mood(4, "2026-11-24T08:00")), "one");
        BufferedImage none = render(List.of(), "none");

        assertThat(ink(one, 0, 0, one.getWidth(), 70)).isGreaterThan(200);
        assertThat(ink(none, 0, 80, 140, none.getHeight() - 70)).isGreaterThan(200);
        assertThat(ink(none, 200, 150, 760, 300)).as("the 'no check-ins' line").isGreaterThan(100);
    }

    @Test
    @DisplayName("a week (the weekly summary's chart) labels every day, with several check-ins a day")
    void week() throws IOException {
        List<MoodEntry> moods = List.of(mood(2, "2026-11-19T08:30"), mood(3, "2026-11-19T21:00"),
                mood(4, "2026-11-21T12:00"), mood(1, "2026-11-22T23:10"), mood(3, "2026-11-24T07:45"));
        byte[] png = chart.render(moods, ZONE, LAST.minusDays(6), LAST);
        Path out = Path.of("target", "charts", "week.png");
        Files.createDirectories(out.getParent());
        Files.write(out, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(ink(image, 150, image.getHeight() - 60, image.getWidth(), image.getHeight() - 30))
                .as("seven day labels").isGreaterThan(300);
    }

    @Test
    @DisplayName("its alt text names the period, the count and the scale; with one check-in it says one")
    void altText() {
        List<MoodEntry> moods = List.of(mood(2, "2026-11-20T09:00"), mood(5, "2026-11-22T09:00"));

        String alt = MoodChart.altText(moods, ZONE, FIRST, LAST, BOOK);
        String one = MoodChart.altText(moods.subList(0, 1), ZONE, FIRST, LAST, BOOK);
        String none = MoodChart.altText(List.of(), ZONE, FIRST, LAST, BOOK);

        assertThat(alt).contains("2026").contains("2").contains("Great").contains("Low").doesNotContain("{");
        assertThat(one).doesNotContain("1 check-ins").doesNotContain("{");
        assertThat(none).contains("2026").doesNotContain("{");
    }

    @Test
    @DisplayName("moods outside the period are left out of the picture and the alt text")
    void outsidePeriod() {
        List<MoodEntry> moods = List.of(mood(1, "2026-09-01T09:00"), mood(5, "2026-11-22T09:00"));

        assertThat(MoodChart.altText(moods, ZONE, FIRST, LAST, BOOK)).doesNotContain("Awful,");
    }

}
