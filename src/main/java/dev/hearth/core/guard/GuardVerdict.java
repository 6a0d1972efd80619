package dev.hearth.core.guard;

/** What the guard decided about a message before it reaches understanding. */
public enum GuardVerdict {
    /** Fine to handle. */
    OK,
    /** Nothing but spaces. */
    EMPTY,
    /** Longer than Hearth reads in one message. */
    TOO_LONG,
    /** No letters, digits or emoji: binary junk or stray symbols. */
    UNREADABLE,
    /** Written in a script Hearth cannot read yet. */
    OTHER_LANGUAGE,
    /** Too many messages in a short time. */
    TOO_FAST
}
