package dev.hearth.core.safety;

/**
 * Judges one message for risk to life. It runs before any other reply logic on every message, so it
 * must be fast (well under a millisecond for an ordinary message) and must never fail.
 */
public interface CrisisDetector {
    /** The assessment of one message on its own, without the person's history. */
    CrisisAssessment assess(String text);
}
