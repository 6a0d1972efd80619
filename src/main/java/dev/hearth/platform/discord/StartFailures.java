package dev.hearth.platform.discord;

import java.io.IOException;
import java.net.UnknownHostException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;

/**
 * Turns whatever JDA threw at login into one sentence an operator can act on. The sentence never
 * contains the token or JDA's own message (which could quote it).
 */
final class StartFailures {

    private StartFailures() {
    }

    static String sentence(Throwable failure) {
        if (find(failure, InvalidTokenException.class) != null) {
            return "Discord rejected the bot token: check DISCORD_TOKEN (Discord developer portal, your application, Bot, Reset Token).";
        }
        if (find(failure, UnknownHostException.class) != null) {
            return "Could not reach Discord because its address did not resolve: check this machine's network connection and DNS.";
        }
        if (find(failure, IOException.class) != null) {
            return "Could not reach Discord: check this machine's network connection and any firewall or proxy.";
        }
        if (find(failure, RateLimitedException.class) != null) {
            return "Discord is limiting how often this bot may log in: wait a few minutes and start Hearth again.";
        }
        ErrorResponseException error = find(failure, ErrorResponseException.class);
        if (error != null) {
            return "Discord refused the login with error " + error.getErrorCode()
                    + ": check DISCORD_TOKEN and the shard settings.";
        }
        if (find(failure, IllegalArgumentException.class) != null) {
            return "JDA refused the Discord settings: check DISCORD_TOKEN and the shard settings.";
        }
        return "Discord could not be started (" + failure.getClass().getSimpleName()
                + "): run with HEARTH_LOG_LEVEL=debug for details.";
    }

    static String timedOut(long seconds) {
        return "Discord did not finish connecting within " + seconds
                + " seconds: check this machine's network connection and start Hearth again.";
    }

    static String closedDuringLogin(boolean memberEvents) {
        return memberEvents
                ? "Discord closed the connection during login: check DISCORD_TOKEN, and that the Server Members intent "
                        + "is switched on in the developer portal, which setting 'discord.member-events' needs."
                : "Discord closed the connection during login: check DISCORD_TOKEN and that the bot's gateway intents are allowed.";
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
