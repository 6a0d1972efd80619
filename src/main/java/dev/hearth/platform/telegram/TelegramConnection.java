package dev.hearth.platform.telegram;

import dev.hearth.platform.PlatformStartException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * What the platform and the outbox share: HTTP clients on threads of our own, the Bot API client and
 * the send queue. Creating it starts no thread; {@link #close} ends them all.
 */
final class TelegramConnection {
    private static final Logger log = LoggerFactory.getLogger(TelegramConnection.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final TelegramSettings settings;
    private final TelegramTuning tuning;
    private final ExecutorService httpThreads;
    private final ConnectionPool pool;
    private final OkHttpClient apiClient;
    private final OkHttpClient pollClient;
    private final BotApi api;
    private final SendQueue queue;
    private final ReplyRenderer renderer = new ReplyRenderer();

    TelegramConnection(TelegramSettings settings, TelegramTuning tuning, Clock clock, UnreachableListener listener) {
        this.settings = settings;
        this.tuning = tuning;
        // Like OkHttp's own dispatcher pool, but with threads we name and shut down.
        this.httpThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new NamedThreads("http"));
        this.pool = new ConnectionPool(5, 5, TimeUnit.MINUTES);
        this.apiClient = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(httpThreads))
                .connectionPool(pool)
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .callTimeout(CALL_TIMEOUT)
                .build();
        // The long poll waits on the server for up to pollTimeout; its own dispatcher lets stop() cancel it alone.
        this.pollClient = apiClient.newBuilder()
                .dispatcher(new Dispatcher(httpThreads))
                .readTimeout(tuning.pollTimeout().plusSeconds(15))
                .callTimeout(tuning.pollTimeout().plus(CALL_TIMEOUT))
                .build();
        this.api = new ClientBotApi(new OkHttpTelegramClient(apiClient, settings.token(), settings.telegramUrl()));
        this.queue = new SendQueue(api, tuning, clock, Sleeper.on(clock), listener, new NamedThreads("send"));
    }

    BotApi api() {
        return api;
    }

    SendQueue queue() {
        return queue;
    }

    ReplyRenderer renderer() {
        return renderer;
    }

    TelegramSettings settings() {
        return settings;
    }

    /** Asks Telegram who the bot is; the first call, so a bad token or no network shows here. */
    BotIdentity identify() throws PlatformStartException {
        OkHttpClient probe = apiClient.newBuilder().callTimeout(tuning.startTimeout()).build();
        User me;
        try {
            me = new OkHttpTelegramClient(probe, settings.token(), settings.telegramUrl()).execute(new GetMe());
        } catch (TelegramApiException e) {
            log.debug("Telegram getMe failed: {}", ApiFailure.summary(e));
            throw new PlatformStartException(StartFailure.sentence(e, settings.apiHost(), "getMe", tuning.startTimeout()));
        }
        if (me == null || me.getId() == null || me.getUserName() == null || me.getUserName().isBlank()) {
            throw new PlatformStartException("Telegram's answer to getMe has no bot username; check telegram.api-url.");
        }
        return new BotIdentity(me.getId(), me.getUserName());
    }

    /** Publishes the command menu; a failure only costs the menu, so it is logged and passed over. */
    void publish(List<SetMyCommands> menus) {
        for (SetMyCommands menu : menus) {
            try {
                api.call(menu);
            } catch (TelegramApiException e) {
                log.warn("Telegram did not take the command menu: {}", ApiFailure.summary(e));
            }
        }
    }

    /** Long polling over this connection's poll client. */
    Poller poller(LongPollingUpdateConsumer consumer) {
        return new Poller(settings, tuning, pollClient, consumer);
    }

    /** Lets queued messages leave for up to {@code grace}, then ends every call and thread. */
    void close(Duration grace) {
        queue.stop(grace);
        apiClient.dispatcher().cancelAll();
        pollClient.dispatcher().cancelAll();
        httpThreads.shutdownNow();
        try {
            httpThreads.awaitTermination(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.evictAll();
    }
}
