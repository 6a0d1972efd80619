package dev.hearth.platform.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and timeouts of the Telegram adapter. {@link #defaults()} follows Telegram's published limits
 * (one message per second in a chat, 20 per minute in a group, 30 per second overall); tests use small
 * values so nothing waits for long.
 *
 * @param pollTimeout    how long one {@code getUpdates} long poll may wait on the server
 * @param chatInterval   least time between two messages to one chat
 * @param groupPerMinute most messages to one group in any minute
 * @param globalPerSecond most messages overall in any second
 * @param retryInitial   first wait after a server error or a network failure; it doubles per attempt
 * @param retryMax       longest wait between two attempts
 * @param retryAttempts  attempts per message before it is given up
 * @param startTimeout   longest wait for {@code getMe} when starting
 * @param stopGrace      how long {@code stop()} lets running turns finish and queued messages leave
 * @param turnTimeout    how long one batch of updates may take before polling moves on
 * @param typingInterval how often the typing indicator is renewed while a reply is composed
 * @param turnThreads    chats handled at the same time
 * @param recentUpdates  how many update ids are remembered to handle a repeated update once
 */
public record TelegramTuning(
        Duration pollTimeout,
        Duration chatInterval,
        int groupPerMinute,
        int globalPerSecond,
        Duration retryInitial,
        Duration retryMax,
        int retryAttempts,
        Duration startTimeout,
        Duration stopGrace,
        Duration turnTimeout,
        Duration typingInterval,
        int turnThreads,
        int recentUpdates) {

    public TelegramTuning {
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        Objects.requireNonNull(chatInterval, "chatInterval");
        Objects.requireNonNull(retryInitial, "retryInitial");
        Objects.requireNonNull(retryMax, "retryMax");
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(stopGrace, "stopGrace");
        Objects.requireNonNull(turnTimeout, "turnTimeout");
        Objects.requireNonNull(typingInterval, "typingInterval");
        if (groupPerMinute < 1 || globalPerSecond < 1 || retryAttempts < 1 || turnThreads < 1 || recentUpdates < 1) {
            throw new IllegalArgumentException("Telegram limits must be at least 1.");
        }
        if (pollTimeout.isNegative() || pollTimeout.toSeconds() > 100) {
            throw new IllegalArgumentException("The Telegram poll timeout must be between 0 and 100 seconds.");
        }
    }

    /** Telegram's published limits and timeouts that suit a long-running bot. */
    public static TelegramTuning defaults() {
        return new TelegramTuning(
                Duration.ofSeconds(50),
                Duration.ofSeconds(1),
                20,
                30,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                6,
                Duration.ofSeconds(15),
                Duration.ofSeconds(3),
                Duration.ofMinutes(2),
                Duration.ofSeconds(4),
                4,
                4096);
    }
}
