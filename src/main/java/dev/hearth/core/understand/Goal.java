package dev.hearth.core.understand;

import java.time.Instant;
import java.util.Objects;

/**
 * A small step the person said they would take, in their own words with pronouns turned toward them
 * ("take a short walk on your lunch break"), how often ({@code cadence}, e.g. "a few times this week",
 * "every evening", "tomorrow", "on Monday") and when Hearth should ask how it went.
 */
public record Goal(String text, String cadence, Instant followUpAt) {
    public Goal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(followUpAt, "followUpAt");
    }
}
