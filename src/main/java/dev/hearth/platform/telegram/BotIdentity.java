package dev.hearth.platform.telegram;

import java.util.Objects;

/** Who the bot is, as {@code getMe} answers: its user id and its username (without the @). */
record BotIdentity(long id, String username) {
    BotIdentity {
        Objects.requireNonNull(username, "username");
    }
}
