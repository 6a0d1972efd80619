package dev.hearth.core.wellbeing;

import dev.hearth.core.UserRef;
import java.util.Optional;

/**
 * The one question per person that Hearth waits to hear answered next, owned by the core and
 * implemented by the store. Does nothing for someone Hearth has not stored.
 */
public interface AwaitedStore {
    /** Waits for this answer, replacing any other question still open. */
    void await(UserRef user, Awaited awaited);

    /** The question waiting for an answer, if any (open or lapsed; the caller checks). */
    Optional<Awaited> awaited(UserRef user);

    /** Stops waiting. */
    void clearAwaited(UserRef user);
}
