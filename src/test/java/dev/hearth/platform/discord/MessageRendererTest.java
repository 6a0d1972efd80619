package dev.hearth.platform.discord;

import static dev.hearth.platform.discord.JdaMocks.assertMentionsNobody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.Attachment;
import dev.hearth.core.Button;
import dev.hearth.core.Reply;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessageRendererTest {
    private final MessageRenderer renderer = new MessageRenderer();

    @Test
    @DisplayName("a 5,000-character reply becomes three messages, each within 2,000 and ending a sentence")
    void splitsLongReplies() {
        String sentence = "You have carried a lot this week, and it makes sense to feel worn out. ";
        String text = sentence.repeat(5000 / sentence.length() + 1).strip();
        assertThat(text.length()).isGreaterThanOrEqualTo(5000);

        List<MessageCreateData> messages = renderer.render(Reply.text(text));

        assertThat(messages).hasSize(3);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.getContent().length()).isLessThanOrEqualTo(MessageRenderer.MESSAGE_LIMIT);
            assertThat(m.getContent()).endsWith(".");
            assertMentionsNobody(m);
        });
        assertThat(String.join(" ", messages.stream().map(MessageCreateData::getContent).toList())).isEqualTo(text);
    }

    @Test
    @DisplayName("echoed @everyone, @here, role and user mentions are sent with no allowed mentions")
    void mentionsNobody() {
        Reply reply = Reply.text("You said: @everyone @here <@&123456789012345678> <@123456789012345678>");

        List<MessageCreateData> messages = renderer.render(reply);

        assertThat(messages).singleElement().satisfies(JdaMocks::assertMentionsNobody);
        assertThat(renderer.notice("A notice with @everyone")).satisfies(JdaMocks::assertMentionsNobody);
    }

    @Test
    @DisplayName("a chart's alt text becomes the attachment's description; a file without one gets none")
    void altTextAsDescription() {
        Reply reply = Reply.text("Your month.").withAttachments(List.of(
                new Attachment("mood.png", "image/png", new byte[] {1}, "Line chart of your mood, 3 check-ins."),
                new Attachment("export.json", "application/json", new byte[] {2})));

        List<MessageCreateData> messages = renderer.render(reply);

        assertThat(messages.get(messages.size() - 1).getFiles())
                .extracting(net.dv8tion.jda.api.utils.FileUpload::getDescription)
                .containsExactly("Line chart of your mood, 3 check-ins.", null);
    }

    @Test
    @DisplayName("each text part is its own message and buttons go under the last one, five to a row")
    void buttonsOnLastMessage() {
        List<Button> moods = IntStream.rangeClosed(1, 5).mapToObj(i -> new Button("mood:" + i, "" + i)).toList();
        Reply reply = Reply.text("How are you feeling?", "Pick a number.").withButtons(moods);

        List<MessageCreateData> messages = renderer.render(reply);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).getComponents()).isEmpty();
        List<ActionRow> rows = messages.get(1).getComponents().stream().map(c -> c.asActionRow()).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getButtons())
                .extracting(net.dv8tion.jda.api.components.buttons.Button::getCustomId)
                .containsExactly("mood:1", "mood:2", "mood:3", "mood:4", "mood:5");
        assertThat(messages).allSatisfy(JdaMocks::assertMentionsNobody);
    }

    @Test
    @DisplayName("seven buttons are spread over two rows")
    void buttonsWrapRows() {
        List<Button> buttons = IntStream.rangeClosed(1, 7).mapToObj(i -> new Button("pick:" + i, "Option " + i)).toList();

        List<MessageCreateData> messages = renderer.render(Reply.text("Choose one.").withButtons(buttons));

        assertThat(messages.get(0).getComponents()).hasSize(2);
    }

    @Test
    @DisplayName("a button whose id Discord would refuse is left out rather than failing the message")
    void dropsOverlongIds() {
        Reply reply = Reply.text("Choose.").withButtons(List.of(new Button("x".repeat(101), "Too long"), new Button("ok", "Fine")));

        List<MessageCreateData> messages = renderer.render(reply);

        assertThat(messages.get(0).getComponents().get(0).asActionRow().getButtons())
                .extracting(net.dv8tion.jda.api.components.buttons.Button::getCustomId)
                .containsExactly("ok");
    }

    @Test
    @DisplayName("an attachment such as a mood chart rides on the last message")
    void attachments() {
        Reply reply = Reply.text("Here is your week.")
                .withAttachments(List.of(new Attachment("mood week.png", "image/png", new byte[] {1, 2, 3})));

        List<MessageCreateData> messages = renderer.render(reply);

        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.getFiles()).singleElement().satisfies(f -> assertThat(f.getName()).isEqualTo("mood_week.png"));
            assertMentionsNobody(m);
        });
    }

    @Test
    @DisplayName("a masked link in a reply is escaped before it is sent")
    void escapesLinks() {
        List<MessageCreateData> messages = renderer.render(Reply.text("You wrote [help](https://evil.example)."));

        assertThat(messages.get(0).getContent()).contains("\\[help\\](");
    }

    @Test
    @DisplayName("a reply with nothing to show sends nothing")
    void emptyReply() {
        assertThat(renderer.render(Reply.text(List.of()))).isEmpty();
        assertThat(renderer.render(Reply.text("   "))).isEmpty();
    }
}
