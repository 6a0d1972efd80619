package dev.hearth.core.checkin;

import dev.hearth.core.UserRef;

/**
 * Told by an adapter when Hearth is removed from a server or group (a Discord guild leave, a Telegram
 * group where it was removed or left): everything that server's check-ins stored goes. Also told when a
 * member leaves a server or group: their answers to its check-ins go, so the server keeps nothing of
 * someone who is no longer in it.
 */
@FunctionalInterface
public interface SpaceDepartures {
    /** A departure listener that does nothing, for adapters built without check-ins. */
    SpaceDepartures NONE = (platform, space) -> { };

    /**
     * Hearth is no longer in this server or group.
     *
     * @param platform the platform name, as in {@code UserRef.platform()}
     * @param space    the server or group id, as in {@code Inbound.space()}
     */
    void left(String platform, String space);

    /**
     * A member left this server or group (or was removed). Does nothing unless overridden.
     *
     * @param space  the server or group id, as in {@code Inbound.space()}
     * @param member the person who left
     */
    default void memberLeft(String space, UserRef member) {
    }
}
