package dev.hearth.platform.telegram;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A {@link BotApi} without HTTP for unit tests: records each attempted call with the clock's time and
 * throws scripted failures, made by the library's own parsing of Bot API error answers.
 */
final class RecordingBotApi implements BotApi {
    private final Clock clock;
    private final List<Attempt> attempts = new ArrayList<>();
    private final Deque<TelegramApiException> failures = new ArrayDeque<>();

    RecordingBotApi(Clock clock) {
        this.clock = clock;
    }

    /** The next attempts fail with these, in order. */
    void failWith(TelegramApiException... errors) {
        failures.addAll(List.of(errors));
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** The texts of the attempts that succeeded, in order. */
    List<String> delivered() {
        return attempts.stream().filter(Attempt::succeeded).map(Attempt::text).toList();
    }

    @Override
    public <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
        record(method);
        return null;
    }

    @Override
    public void callQuietly(BotApiMethod<?> method) {
        attempts.add(new Attempt(method.getMethod(), null, null, clock.instant(), true, method));
    }

    @Override
    public void send(SendPhoto photo) throws TelegramApiException {
        record(photo);
    }

    @Override
    public void send(SendDocument document) throws TelegramApiException {
        record(document);
    }

    private void record(PartialBotApiMethod<?> method) throws TelegramApiException {
        TelegramApiException failure = failures.poll();
        String chat = null;
        String text = null;
        if (method instanceof SendMessage message) {
            chat = message.getChatId();
            text = message.getText();
        } else if (method instanceof SendPhoto photo) {
            chat = photo.getChatId();
        } else if (method instanceof SendDocument document) {
            chat = document.getChatId();
        }
        attempts.add(new Attempt(method.getMethod(), chat, text, clock.instant(), failure == null, method));
        if (failure != null) {
            throw failure;
        }
    }

    /** A Bot API error answer, as the client would throw it. */
    static TelegramApiException answer(int code, String description, Integer retryAfter) {
        String parameters = retryAfter == null ? "" : ",\"parameters\":{\"retry_after\":" + retryAfter + "}";
        String json = "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"" + parameters + "}";
        try {
            new SendMessage("1", "x").deserializeResponse(json);
        } catch (TelegramApiRequestException e) {
            return e;
        }
        throw new IllegalStateException("the library accepted an error answer");
    }

    /** What the client throws when a server error page is not JSON. */
    static TelegramApiException unreadable() {
        try {
            new SendMessage("1", "x").deserializeResponse("<html>502 Bad Gateway</html>");
        } catch (TelegramApiRequestException e) {
            return e;
        }
        throw new IllegalStateException("the library accepted HTML");
    }

    record Attempt(String method, String chat, String text, Instant at, boolean succeeded, PartialBotApiMethod<?> request) {
    }
}
