package dev.hearth.core.understand;

/** How strongly a feeling is said: "a bit tired", "tired", "so tired". */
public enum Intensity {
    MILD, MODERATE, STRONG
}
