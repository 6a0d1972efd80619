package dev.hearth.core.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The moods of a stretch of days, one score per local day (the day's average): the overall average,
 * the best and the hardest day, and how many days in a row up to today have a mood.
 *
 * @param byDay    each day with a mood and that day's average score, in date order
 * @param average  the average of all moods, 1 to 5
 * @param best     the day with the highest average (the most recent of equals)
 * @param hardest  the day with the lowest average (the most recent of equals)
 * @param streak   consecutive days with a mood ending today (or yesterday, if today has none yet)
 */
public record MoodSummary(Map<LocalDate, Double> byDay, double average, LocalDate best, LocalDate hardest,
                          int streak) {
    public MoodSummary {
        byDay = java.util.Collections.unmodifiableMap(new TreeMap<>(byDay));
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(hardest, "hardest");
    }

    /** The summary of these moods, or null when there are none. */
    public static MoodSummary of(List<MoodEntry> moods, ZoneId zone, Instant now) {
        if (moods.isEmpty()) {
            return null;
        }
        Map<LocalDate, double[]> sums = new TreeMap<>();
        double total = 0;
        for (MoodEntry mood : moods) {
            double[] sum = sums.computeIfAbsent(mood.recordedAt().atZone(zone).toLocalDate(), d -> new double[2]);
            sum[0] += mood.score();
            sum[1]++;
            total += mood.score();
        }
        Map<LocalDate, Double> byDay = new TreeMap<>();
        sums.forEach((day, sum) -> byDay.put(day, sum[0] / sum[1]));
        Comparator<Map.Entry<LocalDate, Double>> byScoreThenDate =
                Map.Entry.<LocalDate, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey());
        LocalDate best = byDay.entrySet().stream().max(byScoreThenDate).orElseThrow().getKey();
        LocalDate hardest = byDay.entrySet().stream()
                .min(Map.Entry.<LocalDate, Double>comparingByValue()
                        .thenComparing(Map.Entry.<LocalDate, Double>comparingByKey().reversed()))
                .orElseThrow().getKey();
        LocalDate day = now.atZone(zone).toLocalDate();
        if (!byDay.containsKey(day)) {
            day = day.minusDays(1);
        }
        int streak = 0;
        while (byDay.containsKey(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return new MoodSummary(byDay, total / moods.size(), best, hardest, streak);
    }
}
