package dev.hearth.platform.telegram;

import dev.hearth.core.Conversations;
import dev.hearth.core.checkin.SpaceDepartures;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.platform.Platform;
import dev.hearth.platform.PlatformStartException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Hearth on Telegram, by long polling. {@link #start()} asks {@code getMe} first, so a bad token or an
 * unreachable API fails at once with one sentence; then it publishes the command menu, starts the send
 * queue and polls. Private chats go to the core; in groups only commands, mentions of the bot and replies
 * to it do. {@link #stop()} ends polling and every thread the adapter started.
 *
 * <p>One instance runs once: it cannot be started again after {@link #stop()}.
 */
public final class TelegramPlatform implements Platform {
    /** The platform's name in {@code UserRef} and {@code ConversationRef}. */
    public static final String NAME = "telegram";

    private static final Logger log = LoggerFactory.getLogger(TelegramPlatform.class);
    private static final Pattern START_PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Duration POLL_STOP_WAIT = Duration.ofMillis(500);

    private final TelegramConnection connection;
    private final Conversations conversations;
    private final CommandCatalog catalog;
    private final Clock clock;
    private final TelegramTuning tuning;
    private final UnreachableListener listener;

    private final Object lock = new Object();
    private State state = State.NEW;
    private volatile BotIdentity identity;
    private final SpaceDepartures departures;
    private ExecutorService turns;
    private ScheduledExecutorService typingTimer;
    private UpdateHandler handler;
    private Poller poller;

    TelegramPlatform(TelegramConnection connection, Conversations conversations, CommandCatalog catalog, Clock clock,
                     TelegramTuning tuning, UnreachableListener listener) {
        this(connection, conversations, catalog, clock, tuning, listener, SpaceDepartures.NONE);
    }

    /** @param departures told when Hearth leaves a group, so that group's check-in data is deleted */
    TelegramPlatform(TelegramConnection connection, Conversations conversations, CommandCatalog catalog, Clock clock,
                     TelegramTuning tuning, UnreachableListener listener, SpaceDepartures departures) {
        this.departures = departures;
        this.connection = connection;
        this.conversations = conversations;
        this.catalog = catalog;
        this.clock = clock;
        this.tuning = tuning;
        this.listener = listener;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void start() throws PlatformStartException {
        synchronized (lock) {
            if (state != State.NEW) {
                throw new IllegalStateException("The Telegram platform was already started.");
            }
            state = State.STARTING;
        }
        try {
            BotIdentity me = connection.identify();
            connection.publish(CommandMenu.of(catalog));
            connection.queue().start();
            synchronized (lock) {
                turns = Executors.newFixedThreadPool(tuning.turnThreads(), new NamedThreads("turn"));
                typingTimer = Executors.newSingleThreadScheduledExecutor(new NamedThreads("typing"));
                handler = new UpdateHandler(new UpdateTranslator(me, catalog, clock,
                        new GroupAdmins(connection.api(), clock)), conversations,
                        new TurnDelivery(connection.renderer(), connection.queue()), connection.api(),
                        new TypingIndicator(connection.api(), typingTimer, tuning.typingInterval()),
                        listener, turns, tuning, departures);
                poller = connection.poller(handler);
            }
            poller.start();
            identity = me;
            synchronized (lock) {
                state = State.RUNNING;
            }
            log.info("Telegram is listening as @{}", me.username());
        } catch (PlatformStartException e) {
            failed();
            throw e;
        } catch (TelegramApiException e) {
            log.debug("Telegram polling did not start: {}", ApiFailure.summary(e));
            failed();
            throw new PlatformStartException(StartFailure.sentence(e, connection.settings().apiHost(),
                    "deleteWebhook", tuning.startTimeout()));
        } catch (RuntimeException e) {
            log.debug("Telegram did not start", e);
            failed();
            throw new PlatformStartException("Telegram could not be started (" + e.getClass().getSimpleName() + ").");
        }
    }

    @Override
    public void stop() {
        synchronized (lock) {
            if (state == State.STOPPED) {
                return;
            }
            state = State.STOPPED;
        }
        shutDown();
        log.info("Telegram stopped");
    }

    /** The bot's username from {@code getMe}, once started. */
    public Optional<String> botUsername() {
        BotIdentity me = identity;
        return me == null ? Optional.empty() : Optional.of(me.username());
    }

    /**
     * The link that opens a private chat with the bot and sends {@code /start <payload>}, e.g.
     * {@code https://t.me/HearthBot?start=talk}; empty before the bot is started.
     *
     * @throws IllegalArgumentException if the payload is not 1-64 of {@code A-Z a-z 0-9 _ -}
     */
    public Optional<String> startLink(String payload) {
        if (payload == null || !START_PAYLOAD.matcher(payload).matches()) {
            throw new IllegalArgumentException("A Telegram start payload is 1-64 letters, digits, _ or -.");
        }
        return botUsername().map(name -> "https://t.me/" + name + "?start=" + payload);
    }

    // A failed start releases what it took; the instance cannot be started again.
    private void failed() {
        synchronized (lock) {
            state = State.STOPPED;
        }
        shutDown();
    }

    // Stops in the order that loses least: no new updates, then running turns finish and their replies
    // are queued, then the queue drains, then HTTP ends. At worst about 2 * stopGrace + 2.7 s (8.7 s by
    // default); usually a few milliseconds.
    private void shutDown() {
        UpdateHandler currentHandler;
        Poller currentPoller;
        ExecutorService currentTurns;
        ScheduledExecutorService currentTyping;
        synchronized (lock) {
            currentHandler = handler;
            currentPoller = poller;
            currentTurns = turns;
            currentTyping = typingTimer;
        }
        if (currentHandler != null) {
            currentHandler.close();
        }
        if (currentPoller != null) {
            currentPoller.stop(POLL_STOP_WAIT);
        }
        if (currentTurns != null) {
            currentTurns.shutdown();
            awaitOrInterrupt(currentTurns, tuning.stopGrace());
        }
        if (currentTyping != null) {
            currentTyping.shutdownNow();
            awaitOrInterrupt(currentTyping, Duration.ofMillis(200));
        }
        connection.close(tuning.stopGrace());
    }

    private static void awaitOrInterrupt(ExecutorService executor, Duration grace) {
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(500, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private enum State { NEW, STARTING, RUNNING, STOPPED }
}
