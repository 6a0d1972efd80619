package dev.hearth.core.person;

import dev.hearth.core.UserRef;
import java.util.List;

/**
 * The latest lines of a person's stored message history, oldest first, implemented by the store. Only
 * an optional realiser reads it; the embedded engine does not.
 */
@FunctionalInterface
public interface RecentMessages {
    /** Nothing remembered: for tests and wiring without a store. */
    RecentMessages NONE = (user, limit) -> List.of();

    /** Up to {@code limit} of the person's most recent messages (theirs and Hearth's), oldest first. */
    List<StoredMessage> recent(UserRef user, int limit);
}
