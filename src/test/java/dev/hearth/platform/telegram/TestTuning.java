package dev.hearth.platform.telegram;

import java.time.Duration;

/** Telegram tuning with small limits and delays, so tests never wait long. */
final class TestTuning {
    private TestTuning() {
    }

    static TelegramTuning fast() {
        return withPollTimeout(Duration.ofSeconds(1));
    }

    static TelegramTuning withPollTimeout(Duration pollTimeout) {
        return new TelegramTuning(
                pollTimeout,
                Duration.ofMillis(5),
                20,
                30,
                Duration.ofMillis(20),
                Duration.ofMillis(100),
                5,
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                Duration.ofSeconds(10),
                Duration.ofMillis(200),
                4,
                1024);
    }
}
