package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.UserRef;
import dev.hearth.core.outbox.Delivery;
import dev.hearth.platform.telegram.RecordingBotApi.Attempt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** The send queue driven by hand with a manual clock: no thread, no sleeping, exact times. */
class SendQueueTest {
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private final ManualClock clock = new ManualClock(T0);
    private final RecordingBotApi api = new RecordingBotApi(clock);
    private final List<Unreachable> refusals = new ArrayList<>();

    private final TelegramTuning tuning = new TelegramTuning(Duration.ofSeconds(50), Duration.ofSeconds(1), 20, 30,
            Duration.ofMillis(100), Duration.ofSeconds(2), 4, Duration.ofSeconds(15), Duration.ofSeconds(3),
            Duration.ofMinutes(2), Duration.ofSeconds(4), 4, 4096);
    private final SendQueue queue = new SendQueue(api, tuning, clock, Sleeper.on(clock), refusals::add,
            new NamedThreads("unused"));

    @Test
    @DisplayName("two messages to one chat are a second apart, and another chat is not held up")
    void chatInterval() {
        queue.enqueue(List.of(text(101, "a1"), text(101, "a2"), text(202, "b1")));

        Optional<Instant> next = queue.sendDue();

        assertThat(api.delivered()).containsExactly("a1", "b1");
        assertThat(next).contains(T0.plusSeconds(1));
        clock.advance(Duration.ofMillis(999));
        queue.sendDue();
        assertThat(api.delivered()).containsExactly("a1", "b1");
        clock.advance(Duration.ofMillis(1));
        assertThat(queue.sendDue()).isEmpty();
        assertThat(api.delivered()).containsExactly("a1", "b1", "a2");
    }

    @Test
    @DisplayName("a group gets at most 20 messages in any minute")
    void groupPerMinute() {
        queue.enqueue(IntStream.rangeClosed(1, 21).mapToObj(i -> text(-500, "g" + i)).toList());

        runUntilEmpty();

        List<Attempt> sent = api.attempts();
        assertThat(sent).hasSize(21);
        assertThat(sent.get(19).at()).isEqualTo(T0.plusSeconds(19));    // one a second up to the 20th
        assertThat(sent.get(20).at()).isEqualTo(T0.plusSeconds(60));    // the 21st waits for the minute
    }

    @Test
    @DisplayName("at most 30 messages leave in any second overall")
    void globalPerSecond() {
        queue.enqueue(IntStream.rangeClosed(1, 40).mapToObj(i -> text(i, "m" + i)).toList());

        Optional<Instant> next = queue.sendDue();

        assertThat(api.attempts()).hasSize(30);
        assertThat(next).contains(T0.plusSeconds(1));
        clock.set(next.orElseThrow());
        queue.sendDue();
        assertThat(api.attempts()).hasSize(40);
        assertThat(api.delivered()).containsExactlyElementsOf(IntStream.rangeClosed(1, 40).mapToObj(i -> "m" + i).toList());
    }

    @Test
    @DisplayName("after a 429 the chat waits exactly retry_after, then the same message goes first")
    void retryAfter() {
        api.failWith(RecordingBotApi.answer(429, "Too Many Requests: retry after 3", 3));
        queue.enqueue(List.of(text(101, "first"), text(101, "second"), text(202, "other")));

        Optional<Instant> next = queue.sendDue();

        assertThat(next).contains(T0.plusSeconds(3));
        assertThat(api.delivered()).containsExactly("other");
        clock.advance(Duration.ofMillis(2_999));
        queue.sendDue();
        assertThat(api.delivered()).containsExactly("other");
        clock.advance(Duration.ofMillis(1));
        queue.sendDue();
        assertThat(api.delivered()).containsExactly("other", "first");
        runUntilEmpty();
        assertThat(api.delivered()).containsExactly("other", "first", "second");
        assertThat(api.attempts().stream().filter(a -> "first".equals(a.text()))).hasSize(2);
    }

    @Test
    @DisplayName("server errors are retried after a doubling pause until the message goes")
    void serverErrorBackoff() {
        TelegramTuning quickChats = new TelegramTuning(Duration.ofSeconds(50), Duration.ofMillis(10), 20, 30,
                Duration.ofMillis(100), Duration.ofSeconds(2), 4, Duration.ofSeconds(15), Duration.ofSeconds(3),
                Duration.ofMinutes(2), Duration.ofSeconds(4), 4, 4096);
        SendQueue quick = new SendQueue(api, quickChats, clock, Sleeper.on(clock), refusals::add, new NamedThreads("unused"));
        api.failWith(RecordingBotApi.unreadable(), RecordingBotApi.answer(502, "Bad Gateway", null));
        quick.enqueue(List.of(text(101, "hello")));

        runUntilEmpty(quick);

        assertThat(api.attempts()).extracting(Attempt::at)
                .containsExactly(T0, T0.plusMillis(100), T0.plusMillis(300));
        assertThat(api.delivered()).containsExactly("hello");
    }

    @Test
    @DisplayName("a message that fails every attempt is given up, and the next one in the chat goes")
    void givesUp() {
        api.failWith(IntStream.range(0, tuning.retryAttempts())
                .mapToObj(i -> RecordingBotApi.answer(500, "Internal Server Error", null))
                .toArray(TelegramApiException[]::new));
        queue.enqueue(List.of(text(101, "doomed"), text(101, "next")));

        runUntilEmpty();

        assertThat(api.attempts().stream().filter(a -> "doomed".equals(a.text()))).hasSize(tuning.retryAttempts());
        assertThat(api.delivered()).containsExactly("next");
        assertThat(queue.pending()).isZero();
    }

    @Test
    @DisplayName("a 403 drops what waits for that chat, is reported once and never retried")
    void refused() {
        api.failWith(RecordingBotApi.answer(403, "Forbidden: bot was blocked by the user", null));
        queue.enqueue(List.of(text(101, "one"), text(101, "two"), text(202, "elsewhere")));

        runUntilEmpty();

        assertThat(api.attempts()).extracting(Attempt::text).containsExactly("one", "elsewhere");
        assertThat(refusals).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(Unreachable.Reason.BLOCKED);
            assertThat(r.person()).contains(new UserRef("telegram", "101"));
        });
    }

    @Test
    @DisplayName("a 400 drops only that message; editing to the same text counts as done")
    void rejected() {
        api.failWith(RecordingBotApi.answer(400, "Bad Request: message text is empty", null),
                RecordingBotApi.answer(400, "Bad Request: message is not modified", null));
        queue.enqueue(List.of(text(101, "bad"), text(101, "same"), text(101, "fine")));

        runUntilEmpty();

        assertThat(api.attempts()).extracting(Attempt::text).containsExactly("bad", "same", "fine");
        assertThat(refusals).isEmpty();
        assertThat(queue.pending()).isZero();
    }

    @Test
    @DisplayName("after stop nothing more is queued")
    void stopped() {
        queue.stop(Duration.ZERO);
        queue.enqueue(List.of(text(101, "too late")));

        assertThat(queue.pending()).isZero();
        assertThat(queue.sendDue()).isEmpty();
        assertThat(api.attempts()).isEmpty();
    }

    @Test
    @DisplayName("a tracked message reports sent only when every part has left")
    void trackedSent() {
        CompletableFuture<Delivery> outcome = queue.enqueueTracked(List.of(text(101, "part 1"), text(101, "part 2")));

        queue.sendDue();
        assertThat(outcome).isNotDone();
        runUntilEmpty();

        assertThat(outcome.join()).isEqualTo(Delivery.SENT);
        assertThat(api.delivered()).containsExactly("part 1", "part 2");
    }

    @Test
    @DisplayName("tracked messages report a 403 as unreachable, also for those waiting behind it in the chat")
    void trackedRefused() {
        api.failWith(RecordingBotApi.answer(403, "Forbidden: bot was blocked by the user", null));
        CompletableFuture<Delivery> first = queue.enqueueTracked(List.of(text(101, "one")));
        CompletableFuture<Delivery> second = queue.enqueueTracked(List.of(text(101, "two")));

        runUntilEmpty();

        assertThat(first.join()).isEqualTo(Delivery.UNREACHABLE);
        assertThat(second.join()).isEqualTo(Delivery.UNREACHABLE);
    }

    @Test
    @DisplayName("a tracked message rejected with a 400 reports failed; one that exhausted its retries reports retry")
    void trackedRejectedAndGivenUp() {
        api.failWith(RecordingBotApi.answer(400, "Bad Request: chat not found", null));
        CompletableFuture<Delivery> rejected = queue.enqueueTracked(List.of(text(101, "bad")));
        runUntilEmpty();
        api.failWith(IntStream.range(0, tuning.retryAttempts())
                .mapToObj(i -> RecordingBotApi.answer(502, "Bad Gateway", null))
                .toArray(TelegramApiException[]::new));
        CompletableFuture<Delivery> givenUp = queue.enqueueTracked(List.of(text(202, "flaky")));
        runUntilEmpty();

        assertThat(rejected.join()).isEqualTo(Delivery.FAILED);
        assertThat(givenUp.join()).isEqualTo(Delivery.RETRY);
    }

    @Test
    @DisplayName("tracked messages still waiting at stop, or queued after it, report retry so the outbox keeps them")
    void trackedAtStop() {
        CompletableFuture<Delivery> first = queue.enqueueTracked(List.of(text(101, "a1")));
        CompletableFuture<Delivery> waiting = queue.enqueueTracked(List.of(text(101, "a2")));
        queue.sendDue();    // a1 leaves; a2 must wait a second for the chat
        queue.stop(Duration.ZERO);
        CompletableFuture<Delivery> late = queue.enqueueTracked(List.of(text(303, "too late")));

        assertThat(first.join()).isEqualTo(Delivery.SENT);
        assertThat(waiting.join()).isEqualTo(Delivery.RETRY);
        assertThat(late.join()).isEqualTo(Delivery.RETRY);
        assertThat(api.delivered()).containsExactly("a1");
    }

    @Test
    @DisplayName("a message whose first part left before the stop counts as sent, so the person never reads it twice")
    void partlySentIsNotRepeated() {
        CompletableFuture<Delivery> twoParts = queue.enqueueTracked(List.of(text(101, "part 1"), text(101, "part 2")));
        queue.sendDue();    // part 1 leaves; part 2 must wait a second for the chat
        queue.stop(Duration.ZERO);

        assertThat(twoParts.join()).isEqualTo(Delivery.SENT);
        assertThat(api.delivered()).containsExactly("part 1");
    }

    private void runUntilEmpty() {
        runUntilEmpty(queue);
    }

    private void runUntilEmpty(SendQueue sending) {
        for (int round = 0; round < 1_000; round++) {
            Optional<Instant> next = sending.sendDue();
            if (next.isEmpty()) {
                return;
            }
            clock.set(next.get());
        }
        throw new AssertionError("the queue never emptied");
    }

    private static Outgoing text(long chatId, String text) {
        SendMessage message = new SendMessage(Long.toString(chatId), text);
        return new Outgoing(Target.chat(chatId), SendMessage.PATH, bot -> bot.call(message));
    }
}
