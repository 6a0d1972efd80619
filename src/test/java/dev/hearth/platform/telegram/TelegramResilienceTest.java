package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import dev.hearth.core.outbox.Delivery;
import dev.hearth.core.outbox.OutboundMessage;
import dev.hearth.core.outbox.Recipient;
import dev.hearth.platform.telegram.FakeBotApi.ApiCall;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Flood control, outages and refusals, against the fake Bot API over real HTTP. */
class TelegramResilienceTest {

    @Test
    @DisplayName("after a 429 the same message is sent again once Telegram allows it, and only once")
    void tooManyRequests() throws Exception {
        try (Harness h = Harness.started()) {
            h.api.failNext("sendmessage", 1, FakeBotApi.tooManyRequests(1));

            h.api.push(h.updates.privateText(1004, "hello there"));
            h.api.awaitCalls("sendmessage", 1, ApiCall::succeeded);

            List<ApiCall> attempts = h.api.calls("sendmessage");
            assertThat(attempts).extracting(ApiCall::status).containsExactly(429, 200);
            assertThat(attempts).extracting(ApiCall::text).containsOnly("reply to hello there");
        }
    }

    @Test
    @DisplayName("through a Bot API outage (502 on polling and on sending) nothing is lost and nothing is doubled")
    void outageAndRecovery() throws Exception {
        try (Harness h = Harness.started()) {
            h.api.failNext("getupdates", 2, FakeBotApi.badGateway());
            h.api.failNext("sendmessage", 3, FakeBotApi.badGateway());

            h.api.push(h.updates.privateText(1005, "are you there?"));
            h.api.awaitCalls("sendmessage", 1, ApiCall::succeeded);
            h.api.push(h.updates.privateText(1005, "still here"));
            h.api.awaitCalls("sendmessage", 2, ApiCall::succeeded);

            assertThat(h.timeline).filteredOn("getUpdates failed"::equals).hasSize(2);
            assertThat(h.core.inbounds()).extracting(Inbound::text).containsExactly("are you there?", "still here");
            assertThat(h.api.calls("sendmessage")).extracting(ApiCall::status).containsExactly(502, 502, 502, 200, 200);
            assertThat(h.api.calls("sendmessage")).filteredOn(ApiCall::succeeded).extracting(ApiCall::text)
                    .containsExactly("reply to are you there?", "reply to still here");
        }
    }

    @Test
    @DisplayName("a message that keeps failing is given up after the configured attempts, and later ones still go")
    void givesUpAfterAttempts() throws Exception {
        try (Harness h = Harness.started()) {
            int attempts = TestTuning.fast().retryAttempts();
            h.api.failNext("sendmessage", attempts, FakeBotApi.badGateway());

            h.api.push(h.updates.privateText(1012, "first"));
            h.api.awaitCalls("sendmessage", attempts);
            h.api.push(h.updates.privateText(1012, "second"));
            h.api.awaitCalls("sendmessage", 1, ApiCall::succeeded);

            assertThat(h.api.calls("sendmessage")).hasSize(attempts + 1);
            assertThat(h.api.calls("sendmessage")).filteredOn(ApiCall::succeeded).extracting(ApiCall::text)
                    .containsExactly("reply to second");
        }
    }

    @Test
    @DisplayName("a proactive message to a person who blocked the bot is reported once and not retried")
    void blockedOnSend() throws Exception {
        try (Harness h = Harness.started()) {
            h.api.refuseChat(1013, "Forbidden: bot was blocked by the user");

            Delivery blocked = h.courier().deliver(privately("1013", "How did the walk go?")).toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            Delivery open = h.courier().deliver(privately("1014", "Checking in.")).toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);

            assertThat(blocked).isEqualTo(Delivery.UNREACHABLE);
            assertThat(open).isEqualTo(Delivery.SENT);

            assertThat(h.api.calls("sendmessage")).extracting(ApiCall::chatId).containsExactly(1013L, 1014L);
            assertThat(h.refusals).singleElement().satisfies(r -> {
                assertThat(r.reason()).isEqualTo(Unreachable.Reason.BLOCKED);
                assertThat(r.person()).contains(new UserRef("telegram", "1013"));
                assertThat(r.chat()).isEqualTo(new ConversationRef("telegram", "1013"));
            });
        }
    }

    private static OutboundMessage privately(String userId, String text) {
        return new OutboundMessage(new Recipient.Person(new UserRef("telegram", userId)), Reply.text(text));
    }
}
