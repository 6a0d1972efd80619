package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.Attachment;
import dev.hearth.core.Button;
import dev.hearth.core.Reply;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** How a core reply becomes Bot API calls. */
class ReplyRendererTest {
    private final ReplyRenderer renderer = new ReplyRenderer();
    private final RecordingBotApi api = new RecordingBotApi(new ManualClock(Instant.EPOCH));

    @Test
    @DisplayName("buttons go under the last text message only, five moods in one row")
    void keyboardOnLastMessage() throws TelegramApiException {
        List<Button> moods = IntStream.rangeClosed(1, 5).mapToObj(i -> new Button("mood:" + i, "" + i)).toList();

        List<SendMessage> messages = sent(Reply.text("First part.", "How are you feeling?").withButtons(moods),
                Target.privateChat(7));

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).getReplyMarkup()).isNull();
        InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) messages.get(1).getReplyMarkup();
        assertThat(keyboard.getKeyboard()).hasSize(1);
        assertThat(keyboard.getKeyboard().get(0)).extracting(InlineKeyboardButton::getCallbackData)
                .containsExactly("mood:1", "mood:2", "mood:3", "mood:4", "mood:5");
        assertThat(messages).allSatisfy(m -> assertThat(m.getParseMode()).isNull());
    }

    @Test
    @DisplayName("long labels get rows of their own and an id over 64 bytes is left out")
    void keyboardLayout() {
        List<Button> buttons = List.of(
                new Button("forget:confirm", "Yes, forget everything about me"),
                new Button("forget:cancel", "No, keep it"),
                new Button("x".repeat(65), "Too long"));

        InlineKeyboardMarkup keyboard = Keyboards.of(buttons).orElseThrow();

        assertThat(keyboard.getKeyboard()).hasSize(2);
        assertThat(keyboard.getKeyboard()).flatExtracting(row -> row).extracting(InlineKeyboardButton::getCallbackData)
                .containsExactly("forget:confirm", "forget:cancel");
    }

    @Test
    @DisplayName("in a group the first message answers the person's message, in its topic")
    void groupReply() throws TelegramApiException {
        List<SendMessage> messages = sent(Reply.text("One.", "Two.").asPublic(), new Target(-5, ChatKind.GROUP, 3, 99));

        assertThat(messages.get(0).getReplyParameters().getMessageId()).isEqualTo(99);
        assertThat(messages.get(1).getReplyParameters()).isNull();
        assertThat(messages).allSatisfy(m -> assertThat(m.getMessageThreadId()).isEqualTo(3));
    }

    @Test
    @DisplayName("attachments follow the text: a PNG as a photo, anything else as a document")
    void attachments() throws TelegramApiException {
        Reply reply = Reply.text("Your week.").withAttachments(List.of(
                new Attachment("mood.png", "image/png", new byte[] {1}),
                new Attachment("export.json", "application/json", new byte[] {2})));

        List<Outgoing> calls = renderer.render(reply, Target.privateChat(7));
        for (Outgoing call : calls) {
            call.call().invoke(api);
        }

        assertThat(calls).extracting(Outgoing::method).containsExactly("sendmessage", "sendphoto", "senddocument");
        assertThat(api.attempts()).extracting(RecordingBotApi.Attempt::chat).containsOnly("7");
    }

    @Test
    @DisplayName("a chart's alt text goes out as the photo's caption")
    void altTextAsCaption() throws TelegramApiException {
        Reply reply = Reply.text("Your month.").withAttachments(List.of(
                new Attachment("mood.png", "image/png", new byte[] {1}, "Line chart of your mood, 3 check-ins.")));

        for (Outgoing call : renderer.render(reply, Target.privateChat(7))) {
            call.call().invoke(api);
        }

        org.telegram.telegrambots.meta.api.methods.send.SendPhoto photo = api.attempts().stream()
                .map(RecordingBotApi.Attempt::request)
                .filter(r -> r instanceof org.telegram.telegrambots.meta.api.methods.send.SendPhoto)
                .map(r -> (org.telegram.telegrambots.meta.api.methods.send.SendPhoto) r).findFirst().orElseThrow();
        assertThat(photo.getCaption()).isEqualTo("Line chart of your mood, 3 check-ins.");
    }

    private List<SendMessage> sent(Reply reply, Target target) throws TelegramApiException {
        for (Outgoing call : renderer.render(reply, target)) {
            call.call().invoke(api);
        }
        return api.attempts().stream().map(a -> (SendMessage) a.request()).toList();
    }
}
