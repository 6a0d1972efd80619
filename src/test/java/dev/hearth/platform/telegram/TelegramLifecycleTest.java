package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Reply;
import dev.hearth.core.outbox.OutboundMessage;
import dev.hearth.core.outbox.Recipient;
import dev.hearth.platform.PlatformStartException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Starting with a bad token or no API, and stopping without leaving threads behind. */
class TelegramLifecycleTest {

    @Test
    @DisplayName("a bad token fails to start with one sentence that names the problem and not the token")
    void badToken() throws Exception {
        try (FakeBotApi api = new FakeBotApi().start()) {
            TelegramPlatform platform = platform(new TelegramSettings("999999:not-the-right-token", api.url()));

            assertThatThrownBy(platform::start)
                    .isInstanceOf(PlatformStartException.class)
                    .hasNoCause()
                    .satisfies(e -> assertOneSentence(e.getMessage()))
                    .hasMessageContaining("401")
                    .hasMessageContaining("TELEGRAM_BOT_TOKEN")
                    .hasMessageNotContaining("not-the-right-token");
            assertThat(liveAdapterThreads()).isEmpty();
        }
    }

    @Test
    @DisplayName("a failing deleteWebhook, the library's first call, fails to start with one sentence")
    void deleteWebhookFails() throws Exception {
        try (FakeBotApi api = new FakeBotApi().start()) {
            api.failNext("deletewebhook", 1, FakeBotApi.badGateway());
            TelegramPlatform platform = platform(api.settings());

            assertThatThrownBy(platform::start)
                    .isInstanceOf(PlatformStartException.class)
                    .hasNoCause()
                    .satisfies(e -> assertOneSentence(e.getMessage()))
                    .hasMessageContaining("deleteWebhook")
                    .hasMessageContaining("502");
            assertThat(liveAdapterThreads()).isEmpty();
        }
    }

    @Test
    @DisplayName("an unreachable Bot API fails to start with one sentence naming the host")
    void unreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TelegramPlatform platform = platform(new TelegramSettings(FakeBotApi.TOKEN, "http://127.0.0.1:" + closedPort));

        assertThatThrownBy(platform::start)
                .isInstanceOf(PlatformStartException.class)
                .hasNoCause()
                .satisfies(e -> assertOneSentence(e.getMessage()))
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageNotContaining(FakeBotApi.TOKEN);
        assertThat(liveAdapterThreads()).isEmpty();
    }

    @Test
    @DisplayName("a Bot API that accepts connections but never answers fails to start after the start timeout")
    void silentApi() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {    // never accepts: connections wait in the backlog
            TelegramTuning tuning = new TelegramTuning(Duration.ofSeconds(1), Duration.ofMillis(5), 20, 30,
                    Duration.ofMillis(20), Duration.ofMillis(100), 5, Duration.ofSeconds(1), Duration.ofSeconds(1),
                    Duration.ofSeconds(10), Duration.ofMillis(200), 4, 1024);
            TelegramConnection connection = new TelegramConnection(
                    new TelegramSettings(FakeBotApi.TOKEN, "http://127.0.0.1:" + silent.getLocalPort()), tuning,
                    Clock.systemUTC(), UnreachableListener.IGNORE);
            TelegramPlatform platform = new TelegramPlatform(connection, new FakeConversations(), new TestCatalog(),
                    Clock.systemUTC(), tuning, UnreachableListener.IGNORE);

            assertThatThrownBy(platform::start)
                    .isInstanceOf(PlatformStartException.class)
                    .satisfies(e -> assertOneSentence(e.getMessage()))
                    .hasMessageContaining("did not answer getMe within 1 s");
            assertThat(liveAdapterThreads()).isEmpty();
        }
    }

    @Test
    @DisplayName("stop ends a long poll in flight and leaves no adapter thread and no new non-daemon thread")
    void cleanStop() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (FakeBotApi api = new FakeBotApi().start()) {
            api.holdPollsFor(30_000);    // like Telegram: an idle long poll stays open
            FakeConversations core = new FakeConversations();
            TelegramTuning tuning = TestTuning.withPollTimeout(Duration.ofSeconds(30));
            TelegramConnection connection = new TelegramConnection(api.settings(), tuning, Clock.systemUTC(),
                    UnreachableListener.IGNORE);
            TelegramPlatform platform = new TelegramPlatform(connection, core, new TestCatalog(), Clock.systemUTC(),
                    tuning, UnreachableListener.IGNORE);
            platform.start();
            new TelegramCourier(connection).deliver(new OutboundMessage(
                    new Recipient.Channel(new ConversationRef("telegram", "-77")),
                    Reply.text("Weekly check-in: how is everyone?")));
            api.push(new Updates(api).privateText(1020, "hi"));
            api.awaitCalls("sendmessage", 2);

            long stopping = System.nanoTime();
            platform.stop();
            long stopMillis = (System.nanoTime() - stopping) / 1_000_000;
            Await.until(() -> liveAdapterThreads().isEmpty());
            System.out.println("stop took " + stopMillis + " ms");    // measured, not asserted

            assertThat(api.calls("sendmessage")).hasSize(2);
            assertThat(liveAdapterThreads()).isEmpty();
            assertThat(newNonDaemonThreads(before)).isEmpty();
        }
    }

    @Test
    @DisplayName("stop before start and a second stop do nothing harmful")
    void stopIsIdempotent() throws Exception {
        try (FakeBotApi api = new FakeBotApi().start()) {
            TelegramPlatform platform = platform(api.settings());

            platform.stop();
            platform.stop();

            assertThat(liveAdapterThreads()).isEmpty();
            assertThat(platform.botUsername()).isEmpty();
        }
    }

    private static TelegramPlatform platform(TelegramSettings settings) {
        TelegramTuning tuning = TestTuning.fast();
        TelegramConnection connection = new TelegramConnection(settings, tuning, Clock.systemUTC(), UnreachableListener.IGNORE);
        return new TelegramPlatform(connection, new FakeConversations(), new TestCatalog(), Clock.systemUTC(), tuning,
                UnreachableListener.IGNORE);
    }

    private static void assertOneSentence(String message) {
        assertThat(message).doesNotContain("\n").endsWith(".").doesNotContain("Exception");
        assertThat(message.substring(0, message.length() - 1)).doesNotContain(". ");
    }

    private static List<String> liveAdapterThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith(NamedThreads.PREFIX))
                .toList();
    }

    private static Set<String> newNonDaemonThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && !before.contains(t))
                .map(Thread::getName)
                .filter(name -> !name.startsWith("MockWebServer"))    // the fake Bot API's own threads
                .collect(Collectors.toSet());
    }
}
