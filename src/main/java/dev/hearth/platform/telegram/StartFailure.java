package dev.hearth.platform.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.longpolling.exceptions.TelegramApiErrorResponseException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * One sentence for the operator when Telegram cannot be started: what went wrong and what to check. Names
 * the API host, never the token.
 */
final class StartFailure {
    private static final Pattern LEADING_CODE = Pattern.compile("^(\\d{3}): ");

    private StartFailure() {
    }

    /**
     * @param error   what the client threw
     * @param host    the API's host and port
     * @param step    the Bot API call that failed, such as {@code getMe}
     * @param timeout how long the call was allowed
     */
    static String sentence(Throwable error, String host, String step, Duration timeout) {
        int code = httpCode(error);
        if (code == 401) {
            return "Telegram rejected the bot token (401 Unauthorized); check TELEGRAM_BOT_TOKEN.";
        }
        if (code == 404) {
            return "The Telegram Bot API at " + host + " does not know this bot token (404); check"
                    + " TELEGRAM_BOT_TOKEN and telegram.api-url.";
        }
        if (code >= 500) {
            return "The Telegram Bot API at " + host + " answered " + step + " with a server error (" + code
                    + "); try again later.";
        }
        if (code > 0) {
            return "The Telegram Bot API at " + host + " refused " + step + " (" + code + ").";
        }
        if (find(error, UnknownHostException.class) != null) {
            return "Cannot find the Telegram Bot API host " + host + "; check the network or telegram.api-url.";
        }
        if (find(error, InterruptedIOException.class) != null) {
            return "The Telegram Bot API at " + host + " did not answer " + step + " within "
                    + timeout.toSeconds() + " s; check the network or telegram.api-url.";
        }
        if (find(error, JsonProcessingException.class) != null) {
            return "The server at " + host + " did not answer " + step + " like a Telegram Bot API; it may be"
                    + " down, or telegram.api-url may be wrong.";
        }
        if (find(error, IOException.class) != null) {
            return "Cannot reach the Telegram Bot API at " + host + "; check the network or telegram.api-url.";
        }
        return "Telegram could not be started: " + step + " failed at " + host + ".";
    }

    private static int httpCode(Throwable error) {
        TelegramApiRequestException answer = find(error, TelegramApiRequestException.class);
        if (answer != null && answer.getErrorCode() != null) {
            return answer.getErrorCode();
        }
        // The polling library keeps the HTTP status of a failed deleteWebhook only in toString().
        TelegramApiErrorResponseException polling = find(error, TelegramApiErrorResponseException.class);
        if (polling != null) {
            Matcher code = LEADING_CODE.matcher(polling.toString());
            if (code.find()) {
                return Integer.parseInt(code.group(1));
            }
        }
        return 0;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
