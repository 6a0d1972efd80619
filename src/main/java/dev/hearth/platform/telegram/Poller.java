package dev.hearth.platform.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
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
    private static final List<String> WANTED_UPDATES = List.of("message", "callback_query", "my_chat_member",
            "chat_member");
    private static final int BATCH = 100;
    private static final String NO_UPDATES = "{\"ok\":true,\"result\":[]}";
    private static final MediaType JSON = MediaType.get("application/json");

    private final TelegramSettings settings;
    private final TelegramTuning tuning;
    private final OkHttpClient client;
    private final LongPollingUpdateConsumer consumer;
    private ScheduledExecutorService executor;
    private TelegramBotsLongPollingApplication application;
    private final AtomicReference<Socket> pollSocket = new AtomicReference<>();
    private volatile boolean stopping;

    Poller(TelegramSettings settings, TelegramTuning tuning, OkHttpClient client, LongPollingUpdateConsumer consumer) {
        this.settings = settings;
        this.tuning = tuning;
        this.client = client.newBuilder()
                .retryOnConnectionFailure(false)    // a socket closed by stop() must end the poll, not retry it
                .eventListener(new SocketTracker())
                .addInterceptor(this::quietWhenStopping)
                .build();
        this.consumer = consumer;
    }

    /** Removes any webhook (the library does this first) and starts polling. */
    void start() throws TelegramApiException {
        executor = Executors.newSingleThreadScheduledExecutor(new NamedThreads("poll"));
        application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> client, () -> executor,
                () -> new PollBackOff(tuning.retryInitial(), tuning.retryMax()));
        application.registerBot(settings.token(), settings::telegramUrl, this::request, consumer);
    }

    /**
     * Stops polling and waits for the poll thread to end. The long poll in flight is ended by closing its
     * socket, which the library sees as an empty answer; only if that does not work in time is the call
     * cancelled, which the library logs as an error.
     */
    void stop(Duration wait) {
        stopping = true;
        try {
            if (application != null) {
                application.close();
            }
        } catch (Exception e) {
            log.debug("Closing Telegram polling: {}", ApiFailure.summary(e));
        }
        closeQuietly(pollSocket.get());
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                client.dispatcher().cancelAll();
                executor.shutdownNow();    // also wakes the library's back-off sleep after a failed poll
                if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("The Telegram poll thread did not stop in time");
                }
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    // A poll ended by stop() answers "no updates", so the library ends its task quietly instead of
    // logging the failure as an error with a stack trace. deleteWebhook, the library's first call, gets
    // the start timeout rather than the long poll's.
    private Response quietWhenStopping(Interceptor.Chain chain) throws IOException {
        if (stopping) {
            return noUpdates(chain);
        }
        Interceptor.Chain bounded = chain;
        if (chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/deletewebhook")) {
            // Part of start(): bounded like getMe, not like a long poll.
            int millis = (int) tuning.startTimeout().toMillis();
            bounded = chain.withReadTimeout(millis, TimeUnit.MILLISECONDS).withWriteTimeout(millis, TimeUnit.MILLISECONDS);
        }
        try {
            return bounded.proceed(chain.request());
        } catch (IOException e) {
            if (!stopping) {
                throw e;
            }
            return noUpdates(chain);
        }
    }

    private static Response noUpdates(Interceptor.Chain chain) {
        return new Response.Builder()
                .request(chain.request())
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .body(ResponseBody.create(NO_UPDATES, JSON))
                .build();
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

    private static void closeQuietly(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            log.debug("Closing the Telegram poll socket: {}", e.getClass().getSimpleName());
        }
    }

    /** Remembers the socket of the poll in flight, so stop() can close it. */
    private final class SocketTracker extends EventListener {
        @Override
        public void connectionAcquired(Call call, Connection connection) {
            pollSocket.set(connection.socket());
            if (stopping) {
                // stop() may have looked for the socket just before it was set; either side closes it.
                closeQuietly(connection.socket());
            }
        }

        @Override
        public void connectionReleased(Call call, Connection connection) {
            pollSocket.compareAndSet(connection.socket(), null);
        }
    }
}
