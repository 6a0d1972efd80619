package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.core.Button;
import dev.hearth.core.Reply;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A press on a group check-in, over real HTTP against the local Bot API: the answer is the presser's only. */
@DisplayName("Telegram: a press in a group is answered privately")
class GroupPressTest {
    private static final long GROUP = -100777L;
    private static final long MEMBER = 2001;
    private static final List<Button> MOODS =
            IntStream.rangeClosed(1, 5).mapToObj(i -> new Button("smood:9:" + i, "" + i)).toList();

    @Test
    @DisplayName("a short private answer is shown on the callback, and nothing is posted to the group or elsewhere")
    void shortAnswerOnCallback() throws Exception {
        try (Harness h = Harness.started()) {
            h.core.answer(in -> List.of(Reply.text("Thanks, only you see this.")));

            ObjectNode press = h.updates.press(GROUP, MEMBER, 500, "How is everyone?", MOODS, "smood:9:4");
            h.api.push(press, h.updates.privateText(MEMBER, "later"));
            h.core.awaitInbounds(2);
            h.api.awaitCalls("sendmessage", 1);
            List<FakeBotApi.ApiCall> answers = h.api.awaitCalls("answercallbackquery", 1);

            assertThat(answers.get(0).params().path("text").asText()).isEqualTo("Thanks, only you see this.");
            assertThat(answers.get(0).params().path("callback_query_id").asText())
                    .isEqualTo(press.path("callback_query").path("id").asText());
            assertThat(h.api.calls("sendmessage")).extracting(FakeBotApi.ApiCall::chatId).containsExactly(MEMBER);
            assertThat(h.api.calls("editmessagetext")).isEmpty();
            // The press and the private text are handled on their own threads: find the press by its action.
            var pressed = h.core.inbounds().stream().filter(in -> in.action().isPresent()).findFirst().orElseThrow();
            assertThat(pressed.isPrivate()).isFalse();
            assertThat(pressed.space()).contains(Long.toString(GROUP));
        }
    }

    @Test
    @DisplayName("an answer with an offer and its button also goes to the presser's private chat, never to the group")
    void offerInPrivateChat() throws Exception {
        try (Harness h = Harness.started()) {
            h.core.answer(in -> List.of(Reply.text("I'm sorry today is hard.", "Message me if you'd like to talk.")
                    .withButtons(List.of(new Button("smood:quiet", "Don't offer again")))));

            h.api.push(h.updates.press(GROUP, MEMBER, 501, "How is everyone?", MOODS, "smood:9:1"));
            List<FakeBotApi.ApiCall> answers = h.api.awaitCalls("answercallbackquery", 1);
            List<FakeBotApi.ApiCall> sent = h.api.awaitCalls("sendmessage", 1);

            assertThat(answers.get(0).params().path("text").asText()).isEqualTo("I'm sorry today is hard.");
            assertThat(sent).allSatisfy(call -> assertThat(call.chatId()).isEqualTo(MEMBER));
            assertThat(h.api.calls("sendmessage")).noneMatch(call -> call.chatId() == GROUP);
        }
    }
}
