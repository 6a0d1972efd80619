package dev.hearth.core.support;

import dev.hearth.core.UserRef;

/**
 * The port through which a platform tells a server's support team that a person would like someone to reach
 * out. What the team gets names the person and nothing else: never their words, never a crisis level.
 * Implemented by each adapter; blocking (the core calls it from the person's own turn, so it can tell them
 * whether it worked).
 */
public interface SupportTeams {
    /** The platform this implementation tells teams on, as in {@link UserRef#platform()}. */
    String platform();

    /** Who the team is on this platform, and so which command sets it. */
    Kind kind();

    /**
     * Tells the team of this setting that the person asked for someone to reach out.
     *
     * @return {@link Delivery#SENT} when the team was told; {@link Delivery#UNREACHABLE} when it could not be
     *         (the staff channel is gone, Hearth may not post there, no admin has a private chat open)
     */
    Delivery notify(SupportSetting setting, UserRef person);

    /** Who a team is. */
    enum Kind {
        /** A role, mentioned in a staff channel; set with {@code /support-role} (Discord). */
        ROLE_IN_CHANNEL,
        /** The group's administrators, told privately; set with {@code /support-team} (Telegram). */
        GROUP_ADMINS
    }

    /** How telling the team went. */
    enum Delivery {
        SENT,
        UNREACHABLE
    }
}
