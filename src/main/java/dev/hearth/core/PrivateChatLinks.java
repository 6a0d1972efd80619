package dev.hearth.core;

import java.util.Optional;

/**
 * Links that open a private chat with Hearth, per platform, for public replies that invite a person
 * to talk privately (Telegram bots cannot write first, so the group reply carries
 * {@code https://t.me/<bot>?start=talk}). Platforms that can open a private chat themselves have none.
 */
public interface PrivateChatLinks {
    /** The link for a platform, if it needs one and knows it. */
    Optional<String> linkFor(String platform);

    /** No links at all: the terminal, replay and tests. */
    static PrivateChatLinks none() {
        return platform -> Optional.empty();
    }
}
