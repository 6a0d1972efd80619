package dev.hearth.core.support;

import java.time.Instant;
import java.util.Objects;

/**
 * A server's or group's support team, as its admins set it. On Discord {@code role} and {@code channel} are
 * the ids of the role to mention and of the staff channel to post in; on Telegram both are empty and the
 * group's administrators are the team.
 *
 * @param platform the platform, as in {@code UserRef.platform()}
 * @param space    the server or group id, as in {@code Inbound.space()}
 * @param role     the role to mention, empty where the platform has no roles
 * @param channel  where the team is told, empty where the team is told privately
 * @param since    when it was set
 */
public record SupportSetting(String platform, String space, String role, String channel, Instant since) {
    public SupportSetting {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(space, "space");
        role = role == null ? "" : role;
        channel = channel == null ? "" : channel;
        Objects.requireNonNull(since, "since");
    }
}
