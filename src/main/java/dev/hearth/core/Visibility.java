package dev.hearth.core;

/** Who may see a reply: only the person it answers, or everyone in the channel or group. */
public enum Visibility {
    /** Only the person: a direct message, a private chat, an ephemeral reply. */
    PRIVATE,
    /** Everyone where the message was said. Never carries anything personal. */
    PUBLIC
}
