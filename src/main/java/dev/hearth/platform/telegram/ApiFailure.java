package dev.hearth.platform.telegram;

import java.time.Duration;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * What a failed Bot API call means for the send queue. The library does not retry anything itself, and
 * a server error page that is not JSON reaches us only as "unable to deserialize", so everything that is
 * not a definite answer from Telegram counts as transient.
 */
sealed interface ApiFailure {

    /** 429: wait as long as Telegram says, then try the same message again. */
    record RetryAfter(Duration delay) implements ApiFailure { }

    /** 5xx, a network failure or an unreadable answer: try again after a growing pause. */
    record Transient() implements ApiFailure { }

    /** 403: this chat cannot be written to; drop what waits for it and tell the listener. */
    record Refused(Unreachable.Reason reason) implements ApiFailure { }

    /** Telegram rejected this one request (400 and the like): drop it, retrying cannot help. */
    record Rejected(int code) implements ApiFailure { }

    /** The request had no effect but nothing is wrong, such as editing a message to the text it has. */
    record Harmless() implements ApiFailure { }

    /** Classifies a failure thrown by the client. */
    static ApiFailure classify(Throwable error) {
        TelegramApiRequestException answer = find(error, TelegramApiRequestException.class);
        if (answer != null && answer.getErrorCode() != null && answer.getErrorCode() > 0) {
            return classify(answer.getErrorCode(), description(answer), answer.getParameters());
        }
        if (find(error, TelegramApiValidationException.class) != null) {
            return new Rejected(0);
        }
        return new Transient();
    }

    private static ApiFailure classify(int code, String description, ResponseParameters parameters) {
        if (code == 429) {
            int seconds = parameters == null || parameters.getRetryAfter() == null ? 1 : parameters.getRetryAfter();
            return new RetryAfter(Duration.ofSeconds(Math.max(1, seconds)));
        }
        if (code >= 500) {
            return new Transient();
        }
        if (code == 403) {
            return new Refused(reason(description));
        }
        if (code == 400 && description.contains("message is not modified")) {
            return new Harmless();
        }
        return new Rejected(code);
    }

    private static Unreachable.Reason reason(String description) {
        if (description.contains("blocked")) {
            return Unreachable.Reason.BLOCKED;
        }
        if (description.contains("initiate")) {
            return Unreachable.Reason.NOT_STARTED;
        }
        if (description.contains("deactivated")) {
            return Unreachable.Reason.DEACTIVATED;
        }
        if (description.contains("kicked") || description.contains("not a member")) {
            return Unreachable.Reason.REMOVED_FROM_GROUP;
        }
        return Unreachable.Reason.FORBIDDEN;
    }

    /**
     * A short description of a failure for logs: the exception type and Telegram's error code and
     * description. Never a URL (it holds the token) and never message text.
     */
    static String summary(Throwable error) {
        TelegramApiRequestException answer = find(error, TelegramApiRequestException.class);
        if (answer != null && answer.getErrorCode() != null && answer.getErrorCode() > 0) {
            return "[" + answer.getErrorCode() + "] " + (answer.getApiResponse() == null ? "" : answer.getApiResponse());
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private static String description(TelegramApiRequestException answer) {
        return answer.getApiResponse() == null ? "" : answer.getApiResponse().toLowerCase(Locale.ROOT);
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
