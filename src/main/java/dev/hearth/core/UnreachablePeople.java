package dev.hearth.core;

/**
 * Where adapters report that a person cannot be written to (they blocked the bot, closed their direct
 * messages): proactive messages skip them until they write again.
 */
@FunctionalInterface
public interface UnreachablePeople {
    /** Does nothing: for tests and tools without a store. */
    UnreachablePeople NONE = person -> { };

    /** The platform refused a private message to this person. */
    void mark(UserRef person);
}
