package dev.hearth.platform.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The library's long polling, on an executor and an HTTP client of our own so that {@link #stop} can end
 * it: the library's default executor would keep the JVM alive after {@code close()}, and a long poll in
 * flight is only ended by cancelling its call.
 */
final class Poller {
    private static final Logger log = LoggerFactory.getLogger(Poller.class);
    private static final List<String> WANTED_UPDATES = List.of("message", "callback_query", "my_chat_member");
    private static final int BATCH = 100;

    private final TelegramSettings settings;
    private final TelegramTuning tuning;
    private final OkHttpClient client;
    private final LongPollingUpdateConsumer consumer;
    private ScheduledExecutorService executor;
    private TelegramBotsLongPollingApplication application;

    Poller(TelegramSettings settings, TelegramTuning tuning, OkHttpClient client, LongPollingUpdateConsumer consumer) {
        this.settings = settings;
        this.tuning = tuning;
        this.client = client;
        this.consumer = consumer;
    }

    /** Removes any webhook (the library does this first) and starts polling. */
    void start() throws TelegramApiException {
        executor = Executors.newSingleThreadScheduledExecutor(new NamedThreads("poll"));
        application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> client, () -> executor,
                () -> new PollBackOff(tuning.retryInitial(), tuning.retryMax()));
        application.registerBot(settings.token(), settings::telegramUrl, this::request, consumer);
    }

    /** Stops polling, cancels the poll in flight and waits for the poll thread to end. */
    void stop(Duration wait) {
        try {
            if (application != null) {
                application.close();
            }
        } catch (Exception e) {
            log.debug("Closing Telegram polling: {}", ApiFailure.summary(e));
        }
        client.dispatcher().cancelAll();
        if (executor != null) {
            executor.shutdownNow();
            try {
                if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("The Telegram poll thread did not stop in time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // The offset acknowledges every update up to the last one handed to the consumer, which has
    // returned only after handling them.
    private GetUpdates request(Integer lastReceived) {
        return GetUpdates.builder()
                .offset(lastReceived + 1)
                .limit(BATCH)
                .timeout((int) tuning.pollTimeout().toSeconds())
                .allowedUpdates(WANTED_UPDATES)
                .build();
    }
}
