package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The adapter's small helpers: remembered ids, the rate limiter's memory, poll back-off, start sentences. */
class SmallPartsTest {

    @Test
    @DisplayName("recent ids answer true once and forget the oldest beyond their capacity")
    void recentIds() {
        RecentIds<Integer> ids = new RecentIds<>(3);

        assertThat(ids.firstTime(1)).isTrue();
        assertThat(ids.firstTime(1)).isFalse();
        ids.firstTime(2);
        ids.firstTime(3);
        ids.firstTime(4);

        assertThat(ids.size()).isEqualTo(3);
        assertThat(ids.firstTime(1)).isTrue();
    }

    @Test
    @DisplayName("the rate limiter forgets chats that have been quiet for a minute")
    void limiterForgets() {
        RateLimiter limiter = new RateLimiter(Duration.ofSeconds(1), 20, 30);
        Instant t0 = Instant.parse("2026-11-25T09:00:00Z");
        limiter.record(1, ChatKind.PRIVATE, t0);
        limiter.record(-2, ChatKind.GROUP, t0.plusSeconds(50));

        limiter.forgetIdle(t0.plusSeconds(62));

        assertThat(limiter.remembered()).isEqualTo(1);
        assertThat(limiter.earliest(1, ChatKind.PRIVATE, t0.plusSeconds(62))).isEqualTo(t0.plusSeconds(62));
    }

    @Test
    @DisplayName("the poll back-off doubles up to its longest pause and starts over after a success")
    void pollBackOff() {
        PollBackOff backOff = new PollBackOff(Duration.ofMillis(100), Duration.ofMillis(350));

        assertThat(backOff.nextBackOffMillis()).isEqualTo(100);
        assertThat(backOff.nextBackOffMillis()).isEqualTo(200);
        assertThat(backOff.nextBackOffMillis()).isEqualTo(350);
        backOff.reset();
        assertThat(backOff.nextBackOffMillis()).isEqualTo(100);
    }

    @Test
    @DisplayName("a server error at start says to try later, in one sentence")
    void startServerError() {
        String sentence = StartFailure.sentence(RecordingBotApi.answer(502, "Bad Gateway", null), "api.telegram.org:443",
                "getMe", Duration.ofSeconds(15));

        assertThat(sentence).contains("api.telegram.org:443").contains("502").endsWith("try again later.");
    }
}
