package dev.hearth.platform.telegram;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;

/**
 * Shows "typing…" in a chat while the core composes a reply. Telegram shows it for about five seconds,
 * so it is renewed until the turn ends. Best effort: a failure never delays the reply.
 */
final class TypingIndicator {
    private final BotApi api;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;

    TypingIndicator(BotApi api, ScheduledExecutorService scheduler, Duration interval) {
        this.api = api;
        this.scheduler = scheduler;
        this.interval = interval;
    }

    /** Starts showing that Hearth is typing; close the result when the reply is ready. */
    Typing start(Target where) {
        SendChatAction action = SendChatAction.builder()
                .chatId(Long.toString(where.chatId()))
                .action(ActionType.TYPING.toString())
                .messageThreadId(where.threadId())
                .build();
        api.callQuietly(action);
        try {
            long millis = interval.toMillis();
            ScheduledFuture<?> renewal = scheduler.scheduleAtFixedRate(
                    () -> api.callQuietly(action), millis, millis, TimeUnit.MILLISECONDS);
            return () -> renewal.cancel(false);
        } catch (RejectedExecutionException stopping) {
            return () -> { };
        }
    }

    /** A running indicator. */
    @FunctionalInterface
    interface Typing extends AutoCloseable {
        @Override
        void close();
    }
}
