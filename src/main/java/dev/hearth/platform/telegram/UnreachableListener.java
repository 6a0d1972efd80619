package dev.hearth.platform.telegram;

/**
 * Told when a person or group can no longer be written to, so the store can mark them (no more
 * proactive messages). Called from the adapter's sending thread: keep it quick and do not throw.
 */
@FunctionalInterface
public interface UnreachableListener {
    /** A listener that does nothing, the default until the lead binds the store's. */
    UnreachableListener IGNORE = event -> { };

    /** The chat in the event refused delivery or the person blocked the bot. */
    void unreachable(Unreachable event);
}
