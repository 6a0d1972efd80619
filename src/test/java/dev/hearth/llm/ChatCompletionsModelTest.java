package dev.hearth.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.core.respond.ReplyModelException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The chat completions client")
class ChatCompletionsModelTest {
    final ChatCompletionsModel model = new ChatCompletionsModel("http://localhost:1", "m", Optional.empty(),
            Duration.ofSeconds(1), SystemPrompt.english(), ChatCompletionsModel.client(Duration.ofSeconds(1)));

    @Test
    @DisplayName("the endpoint is the base URL's /v1/chat/completions, with or without /v1 and a slash")
    void endpoint() {
        assertThat(ChatCompletionsModel.endpoint("http://localhost:11434").toString())
                .isEqualTo("http://localhost:11434/v1/chat/completions");
        assertThat(ChatCompletionsModel.endpoint("http://box:8080/v1/").toString())
                .isEqualTo("http://box:8080/v1/chat/completions");
    }

    @Test
    @DisplayName("streamed chunks are assembled in order; comments, roles and the finish chunk add nothing")
    void assemblesStream() {
        String body = """
                : keep-alive

                data: {"choices":[{"delta":{"role":"assistant"}}]}

                data: {"choices":[{"delta":{"content":"That sounds "}}]}

                data: {"choices":[{"delta":{"content":"hard."},"finish_reason":null}]}

                data: {"choices":[{"delta":{},"finish_reason":"stop"}]}

                data: [DONE]
                """;
        assertThat(model.answer(body)).isEqualTo("That sounds hard.");
    }

    @Test
    @DisplayName("a stream that breaks off, an error chunk or content that is not text is malformed")
    void brokenStreams() {
        assertThatThrownBy(() -> model.answer("data: {\"choices\":[{\"delta\":{\"content\":\"That\"}}]}\n\n"))
                .isInstanceOf(ReplyModelException.class).hasMessage("malformed");
        assertThatThrownBy(() -> model.answer("data: {\"error\":{\"message\":\"overloaded\"}}\n\ndata: [DONE]"))
                .isInstanceOf(ReplyModelException.class).hasMessage("malformed");
        assertThatThrownBy(() -> model.answer("{\"choices\":[{\"message\":{\"content\":42}}]}"))
                .isInstanceOf(ReplyModelException.class).hasMessage("malformed");
        assertThatThrownBy(() -> model.answer("<html>Bad gateway</html>"))
                .isInstanceOf(ReplyModelException.class).hasMessage("malformed");
    }

    @Test
    @DisplayName("a one-piece answer is read from choices[0].message.content")
    void onePiece() {
        assertThat(model.answer("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Hi.\"}}]}"))
                .isEqualTo("Hi.");
    }
}
