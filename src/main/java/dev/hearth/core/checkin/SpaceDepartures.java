package dev.hearth.core.checkin;

/**
 * Told by an adapter when Hearth is removed from a server or group (a Discord guild leave, a Telegram
 * group where it was removed or left): everything that server's check-ins stored goes.
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
}
