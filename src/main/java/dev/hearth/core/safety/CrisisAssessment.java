package dev.hearth.core.safety;

import java.util.Objects;

/**
 * What the safety layer concluded about one message: the level, whose safety it concerns, and a short
 * machine-readable reason (the rule or signal that fired, never the person's text).
 */
public record CrisisAssessment(CrisisLevel level, CrisisSubject subject, String reason) {
    public CrisisAssessment {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(subject, "subject");
        reason = reason == null ? "" : reason;
    }

    /** Nothing found. */
    public static CrisisAssessment none() {
        return new CrisisAssessment(CrisisLevel.NONE, CrisisSubject.SELF, "");
    }

    /** True when the level is above none. */
    public boolean isCrisis() {
        return level != CrisisLevel.NONE;
    }
}
