package dev.hearth.core.safety;

/** Whose safety a crisis message is about. */
public enum CrisisSubject {
    /** The person writing. */
    SELF,
    /** Someone they know: the writer is a helper and needs care and resources for helping. */
    OTHER
}
