package dev.hearth.platform.telegram;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * One Bot API call waiting in a chat's send queue. The call builds its request afresh on every attempt,
 * so an upload can be retried.
 *
 * @param target where it goes
 * @param method the Bot API method name, for logs (never the text)
 * @param call   what to send
 */
record Outgoing(Target target, String method, ApiCall call) {

    /** One attempt at a Bot API call. */
    @FunctionalInterface
    interface ApiCall {
        void invoke(BotApi api) throws TelegramApiException;
    }
}
