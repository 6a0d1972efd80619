package dev.hearth.core.safety;

/** How much risk a message shows, lowest first. The lower-case name is the contract's spelling. */
public enum CrisisLevel {
    /** Nothing that points at risk to life. */
    NONE,
    /** Passive wishes, hopelessness, past self-harm, worry about someone else, a low trend. */
    CONCERN,
    /** Intent, plan, means or timing of suicide or self-harm, a recent attempt, harm in progress. */
    ACUTE;

    /** {@code none}, {@code concern} or {@code acute}, as in the JSONL contracts. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The higher of two levels. */
    public CrisisLevel max(CrisisLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
