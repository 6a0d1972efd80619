package dev.hearth.core.understand;

import java.util.Objects;

/**
 * One feeling a person named about themselves, with how strongly, over what time ("today", "lately",
 * "for months", empty when unsaid), and whether they said they do not feel it ("not sad anymore").
 */
public record FeelingMention(String feeling, Intensity intensity, String timeframe, boolean negated) {
    public FeelingMention {
        Objects.requireNonNull(feeling, "feeling");
        Objects.requireNonNull(intensity, "intensity");
        timeframe = timeframe == null ? "" : timeframe;
    }
}
