package dev.hearth.platform.telegram;

import java.io.Serializable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** {@link BotApi} over the telegrambots client (real HTTP). */
final class ClientBotApi implements BotApi {
    private static final Logger log = LoggerFactory.getLogger(ClientBotApi.class);

    private final TelegramClient client;

    ClientBotApi(TelegramClient client) {
        this.client = client;
    }

    @Override
    public <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
        return client.execute(method);
    }

    @Override
    public void callQuietly(BotApiMethod<?> method) {
        try {
            client.executeAsync(method).whenComplete((result, error) -> {
                if (error != null) {
                    log.debug("Telegram {} failed: {}", method.getMethod(), ApiFailure.summary(error));
                }
            });
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("Telegram {} not sent: {}", method.getMethod(), ApiFailure.summary(e));
        }
    }

    @Override
    public void send(SendPhoto photo) throws TelegramApiException {
        client.execute(photo);
    }

    @Override
    public void send(SendDocument document) throws TelegramApiException {
        client.execute(document);
    }
}
