package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/** How failures from the client are read: wait, retry, give up on a chat, or drop one message. */
class ApiFailureTest {

    @Test
    @DisplayName("a 429 waits as long as Telegram says, at least a second")
    void retryAfter() {
        assertThat(ApiFailure.classify(RecordingBotApi.answer(429, "Too Many Requests", 7)))
                .isEqualTo(new ApiFailure.RetryAfter(Duration.ofSeconds(7)));
        assertThat(ApiFailure.classify(RecordingBotApi.answer(429, "Too Many Requests", null)))
                .isEqualTo(new ApiFailure.RetryAfter(Duration.ofSeconds(1)));
    }

    @Test
    @DisplayName("server errors, unreadable answers and network failures are transient")
    void transientFailures() {
        assertThat(ApiFailure.classify(RecordingBotApi.answer(502, "Bad Gateway", null))).isInstanceOf(ApiFailure.Transient.class);
        assertThat(ApiFailure.classify(RecordingBotApi.unreadable())).isInstanceOf(ApiFailure.Transient.class);
        assertThat(ApiFailure.classify(new TelegramApiException("Unable to execute sendmessage method",
                new SocketTimeoutException("timeout")))).isInstanceOf(ApiFailure.Transient.class);
    }

    @Test
    @DisplayName("each kind of 403 names its reason")
    void refusals() {
        assertThat(reason("Forbidden: bot was blocked by the user")).isEqualTo(Unreachable.Reason.BLOCKED);
        assertThat(reason("Forbidden: bot can't initiate conversation with a user")).isEqualTo(Unreachable.Reason.NOT_STARTED);
        assertThat(reason("Forbidden: user is deactivated")).isEqualTo(Unreachable.Reason.DEACTIVATED);
        assertThat(reason("Forbidden: bot was kicked from the supergroup chat")).isEqualTo(Unreachable.Reason.REMOVED_FROM_GROUP);
        assertThat(reason("Forbidden: something new")).isEqualTo(Unreachable.Reason.FORBIDDEN);
    }

    @Test
    @DisplayName("a bad request is dropped, except an edit to the same text which did no harm")
    void badRequests() {
        assertThat(ApiFailure.classify(RecordingBotApi.answer(400, "Bad Request: chat not found", null)))
                .isEqualTo(new ApiFailure.Rejected(400));
        assertThat(ApiFailure.classify(RecordingBotApi.answer(400, "Bad Request: message is not modified", null)))
                .isInstanceOf(ApiFailure.Harmless.class);
        assertThat(ApiFailure.classify(new TelegramApiValidationException("Text can't be empty", new SendMessage("1", "x"))))
                .isEqualTo(new ApiFailure.Rejected(0));
    }

    @Test
    @DisplayName("a failure summary never repeats a URL, so the token cannot reach the log")
    void summaryHidesUrls() {
        TelegramApiException failure = new TelegramApiException("Unable to execute sendmessage method",
                new IOException("unexpected end of stream on http://127.0.0.1/bot123:secret/sendmessage"));

        assertThat(ApiFailure.summary(failure)).isEqualTo("IOException").doesNotContain("secret");
        assertThat(ApiFailure.summary(RecordingBotApi.answer(403, "Forbidden: bot was blocked by the user", null)))
                .isEqualTo("[403] Forbidden: bot was blocked by the user");
    }

    private static Unreachable.Reason reason(String description) {
        return ((ApiFailure.Refused) ApiFailure.classify(RecordingBotApi.answer(403, description, null))).reason();
    }
}
