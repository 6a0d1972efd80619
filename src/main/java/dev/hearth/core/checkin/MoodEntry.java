package dev.hearth.core.checkin;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored mood: a score from 1 (lowest) to 5 (best), where it came from, when, and the person's own
 * optional note (empty when they gave none). Several a day are kept, each with its time.
 */
public record MoodEntry(int score, MoodSource source, Instant recordedAt, String note) {
    public MoodEntry {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a mood score is 1 to 5, not " + score);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
        note = note == null ? "" : note;
    }

    /** A mood without a note. */
    public MoodEntry(int score, MoodSource source, Instant recordedAt) {
        this(score, source, recordedAt, "");
    }
}
