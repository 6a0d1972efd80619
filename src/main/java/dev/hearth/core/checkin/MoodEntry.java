package dev.hearth.core.checkin;

import java.time.Instant;
import java.util.Objects;

/** One stored mood: a score from 1 (lowest) to 5 (best), where it came from, and when. */
public record MoodEntry(int score, MoodSource source, Instant recordedAt) {
    public MoodEntry {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a mood score is 1 to 5, not " + score);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
