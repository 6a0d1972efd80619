package dev.hearth.platform.telegram;

import java.io.Serializable;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** The few Bot API calls the adapter makes, narrowed from the library's client so the queue can be tested alone. */
interface BotApi {
    /** Calls a method and waits for its result. */
    <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException;

    /** Calls a method without waiting; failures are only logged at debug (typing, callback answers). */
    void callQuietly(BotApiMethod<?> method);

    /** Uploads a photo. */
    void send(SendPhoto photo) throws TelegramApiException;

    /** Uploads a document. */
    void send(SendDocument document) throws TelegramApiException;
}
