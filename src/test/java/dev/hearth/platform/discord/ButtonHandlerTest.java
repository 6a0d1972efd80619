package dev.hearth.platform.discord;

import static dev.hearth.platform.discord.JdaMocks.NOW;
import static dev.hearth.platform.discord.JdaMocks.snowflake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.hearth.core.Reply;
import dev.hearth.platform.discord.JdaMocks.HookSpy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ButtonHandlerTest {
    private static final long USER_ID = 200_000_000_000_000_002L;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final FakeConversations core = new FakeConversations(events);
    private final ButtonHandler handler = new ButtonHandler(core, new InboundTranslator(JdaMocks.CLOCK),
            new MessageRenderer(), JdaMocks.phrases(), new SerialLanes(Runnable::run));
    private final User person = JdaMocks.user(USER_ID, "Robin", null);
    private final HookSpy hook = new HookSpy(events);

    private ButtonInteraction press(String id, boolean inServer, boolean onEphemeralMessage) {
        ButtonInteraction interaction = mock(ButtonInteraction.class);
        Message message = mock(Message.class);
        when(message.isEphemeral()).thenReturn(onEphemeralMessage);
        when(interaction.getMessage()).thenReturn(message);
        when(interaction.getUser()).thenReturn(person);
        when(interaction.getGuild()).thenReturn(inServer ? mock(Guild.class) : null);
        when(interaction.getIdLong()).thenReturn(snowflake(NOW, 4));
        when(interaction.getChannelIdLong()).thenReturn(300_000_000_000_000_003L);
        when(interaction.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        when(interaction.getComponentId()).thenReturn(id);
        when(interaction.getButton()).thenReturn(Button.secondary(id, id.substring(id.indexOf(':') + 1)));
        when(interaction.getHook()).thenReturn(hook.hook);
        MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class);
        when(interaction.editComponents(any(MessageTopLevelComponent.class))).thenReturn(edit);
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class);
        when(interaction.deferReply(anyBoolean())).thenReturn(defer);
        return interaction;
    }

    @Test
    @DisplayName("a pressed mood button edits its message to the one disabled choice and reaches the core as an action")
    void pressInDirectMessage() {
        core.answering(Reply.text("Thanks for telling me. A 2 sounds like a hard day."));
        ButtonInteraction interaction = press("mood:2", false, false);

        handler.onButton(interaction).join();

        ArgumentCaptor<MessageTopLevelComponent> rows = ArgumentCaptor.forClass(MessageTopLevelComponent.class);
        verify(interaction).editComponents(rows.capture());
        assertThat(rows.getAllValues()).singleElement().satisfies(row -> {
            List<Button> buttons = ((ActionRow) row).getButtons();
            assertThat(buttons).singleElement().satisfies(b -> {
                assertThat(b.getCustomId()).isEqualTo("mood:2");
                assertThat(b.isDisabled()).isTrue();
            });
        });
        assertThat(core.received).singleElement().satisfies(in -> {
            assertThat(in.action()).contains("mood:2");
            assertThat(in.isPrivate()).isTrue();
        });
        assertThat(hook.texts()).containsExactly("Thanks for telling me. A 2 sounds like a hard day.");
        assertThat(hook.sent).allSatisfy(JdaMocks::assertMentionsNobody);
    }

    @Test
    @DisplayName("a button on a shared check-in message in a server stays pressable for others; the answer is ephemeral")
    void pressOnSharedMessage() {
        core.answering(Reply.text("Noted, thank you."));
        ButtonInteraction interaction = press("checkin:8812:mood:4", true, false);

        handler.onButton(interaction).join();

        verify(interaction, never()).editComponents(any(MessageTopLevelComponent.class));
        verify(interaction).deferReply(true);
        assertThat(core.received).singleElement().satisfies(in -> {
            assertThat(in.action()).contains("checkin:8812:mood:4");
            assertThat(in.isPrivate()).isFalse();
        });
        assertThat(hook.ephemeral).containsExactly(true);
    }

    @Test
    @DisplayName("a confirmation on an ephemeral answer in a server is disabled once pressed; a private answer stays ephemeral")
    void pressOnEphemeralMessage() {
        core.answering(Reply.text("Everything about you is deleted."), Reply.text("A public note.").asPublic());
        ButtonInteraction interaction = press("forget:confirm", true, true);

        handler.onButton(interaction).join();

        verify(interaction).editComponents(any(MessageTopLevelComponent.class));
        assertThat(core.received).singleElement().satisfies(in -> assertThat(in.action()).contains("forget:confirm"));
        assertThat(hook.ephemeral).containsExactly(true, false);
    }
}
