package dev.hearth.core.understand;

import java.util.Objects;

/** A small step the person said they would take, turned toward them, with how often they will do it. */
public record PlannedStep(String text, String cadence) {
    public PlannedStep {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cadence, "cadence");
    }
}
