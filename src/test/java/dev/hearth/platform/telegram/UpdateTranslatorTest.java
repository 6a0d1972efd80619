package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.core.Button;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Which updates reach the core, and with what text, from JSON as the Bot API sends it. */
class UpdateTranslatorTest {
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private final ObjectMapper json = new ObjectMapper();
    private final Updates updates = new Updates(new FakeBotApi());
    private final UpdateTranslator translator = new UpdateTranslator(
            new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME), new TestCatalog(), new ManualClock(NOW));

    @Test
    @DisplayName("private text reaches the core exactly as written, even when it looks like markup")
    void privateText() throws Exception {
        TelegramEvent event = translate(updates.privateText(1, "*so* tired <b>today</b> _again_"));

        assertThat(event).isInstanceOfSatisfying(TelegramEvent.Said.class, said -> {
            assertThat(said.inbound().text()).isEqualTo("*so* tired <b>today</b> _again_");
            assertThat(said.inbound().isPrivate()).isTrue();
            assertThat(said.origin().kind()).isEqualTo(ChatKind.PRIVATE);
        });
    }

    @Test
    @DisplayName("group chatter that does not address the bot is ignored")
    void groupChatterIgnored() throws Exception {
        assertThat(translate(updates.groupText(-9, 1, "anyone up for lunch?"))).isInstanceOf(TelegramEvent.Ignored.class);
        assertThat(translate(updates.groupText(-9, 1, "mail me at ada@HearthTestBotany.org")))
                .isInstanceOf(TelegramEvent.Ignored.class);
        assertThat(translate(updates.groupText(-9, 1, "/goals@SomeOtherBot"))).isInstanceOf(TelegramEvent.Ignored.class);
        assertThat(translate(updates.groupText(-9, 1, "/weather"))).isInstanceOf(TelegramEvent.Ignored.class);
    }

    @Test
    @DisplayName("a mention in any letter case is taken out of the text")
    void mentionStripped() throws Exception {
        TelegramEvent event = translate(updates.groupText(-9, 1, "@hearthtestbot, are you there?"));

        assertThat(event).isInstanceOfSatisfying(TelegramEvent.Said.class, said -> {
            assertThat(said.inbound().text()).isEqualTo("are you there?");
            assertThat(said.inbound().isPrivate()).isFalse();
            assertThat(said.origin().here().replyToMessageId()).isEqualTo(said.origin().messageId());
            assertThat(said.origin().personally()).isEqualTo(Target.privateChat(1));
        });
    }

    @Test
    @DisplayName("commands lose their @BotName and get the catalog's hyphens back; unknown ones pass in private")
    void commands() throws Exception {
        assertThat(textOf(updates.privateText(1, "/checkin_stats@HearthTestBot this week"))).isEqualTo("/checkin-stats this week");
        assertThat(textOf(updates.privateText(1, "/MOOD"))).isEqualTo("/mood");
        assertThat(textOf(updates.privateText(1, "/whatever x"))).isEqualTo("/whatever x");
        assertThat(textOf(updates.groupText(-9, 1, "/mood"))).isEqualTo("/mood");
        assertThat(textOf(updates.groupText(-9, 1, "/start@HearthTestBot talk"))).isEqualTo("/start talk");
    }

    @Test
    @DisplayName("messages from bots, channel posts and edits are ignored")
    void notForHearth() throws Exception {
        ObjectNode fromBot = updates.privateText(1, "beep");
        ((ObjectNode) fromBot.path("message").path("from")).put("is_bot", true);
        ObjectNode channel = updates.groupText(-9, 1, "@HearthTestBot news");
        ((ObjectNode) channel.path("message").path("chat")).put("type", "channel");
        ObjectNode edited = json.createObjectNode().put("update_id", 99);
        edited.set("edited_message", updates.privateText(1, "typo fixed").path("message"));

        assertThat(translate(fromBot)).isInstanceOf(TelegramEvent.Ignored.class);
        assertThat(translate(channel)).isInstanceOf(TelegramEvent.Ignored.class);
        assertThat(translate(edited)).isInstanceOf(TelegramEvent.Ignored.class);
    }

    @Test
    @DisplayName("a button press carries the button id as the action, the pressed label and the clock's time")
    void buttonPress() throws Exception {
        List<Button> buttons = List.of(new Button("forget:confirm", "Yes, forget me"), new Button("forget:cancel", "Keep"));

        TelegramEvent event = translate(updates.press(5, 5, 77, "Forget everything?", buttons, "forget:confirm"));

        assertThat(event).isInstanceOfSatisfying(TelegramEvent.Pressed.class, pressed -> {
            assertThat(pressed.inbound().action()).contains("forget:confirm");
            assertThat(pressed.inbound().text()).isEmpty();
            assertThat(pressed.inbound().at()).isEqualTo(NOW);
            assertThat(pressed.message()).isEqualTo(new TelegramEvent.PressedMessage(77, "Forget everything?", "Yes, forget me"));
            assertThat(pressed.origin().messageId()).isEqualTo(77);
        });
    }

    @Test
    @DisplayName("being blocked in a private chat is recognised")
    void blocked() throws Exception {
        assertThat(translate(updates.blocked(42))).isEqualTo(new TelegramEvent.Blocked(42));
    }

    private String textOf(JsonNode update) throws Exception {
        TelegramEvent event = translate(update);
        assertThat(event).isInstanceOf(TelegramEvent.Said.class);
        return ((TelegramEvent.Said) event).inbound().text();
    }

    private TelegramEvent translate(JsonNode update) throws Exception {
        return translator.translate(json.treeToValue(update, Update.class));
    }
}
