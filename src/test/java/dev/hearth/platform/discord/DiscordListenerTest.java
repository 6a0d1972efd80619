package dev.hearth.platform.discord;

import static dev.hearth.platform.discord.JdaMocks.NOW;
import static dev.hearth.platform.discord.JdaMocks.snowflake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.hearth.platform.discord.JdaMocks.ChannelSpy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordListenerTest {
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final FakeConversations core = new FakeConversations(events);
    private final DiscordListener listener = listener(core);
    private final JDA jda = JdaMocks.jda();
    private final ChannelSpy<MessageChannelUnion> channel =
            new ChannelSpy<>(MessageChannelUnion.class, 400_000_000_000_000_004L, events, "dm");

    private static DiscordListener listener(FakeConversations core) {
        SerialLanes lanes = new SerialLanes(Runnable::run);
        InboundTranslator translator = new InboundTranslator(JdaMocks.CLOCK);
        MessageRenderer renderer = new MessageRenderer();
        DiscordPhrases phrases = JdaMocks.phrases();
        return new DiscordListener(
                new MessageTurnHandler(core, translator, renderer, phrases, lanes),
                new SlashCommandHandler(core, new TestCatalog(), translator, renderer, phrases, lanes),
                new ButtonHandler(core, translator, renderer, phrases, lanes));
    }

    private Message directMessage(User author) {
        Message message = mock(Message.class);
        when(message.getMentions()).thenReturn(mock(Mentions.class));
        when(message.getAuthor()).thenReturn(author);
        when(message.getChannel()).thenReturn(channel.channel);
        when(message.getContentRaw()).thenReturn("hello");
        when(message.getIdLong()).thenReturn(snowflake(NOW, 1));
        when(message.getJDA()).thenReturn(jda);
        return message;
    }

    @Test
    @DisplayName("a received direct message event is handed to the core and answered")
    void routesMessages() {
        User author = JdaMocks.user(200_000_000_000_000_002L, "Robin", null);

        listener.onMessageReceived(new MessageReceivedEvent(jda, 1, directMessage(author)));

        assertThat(core.received).hasSize(1);
        assertThat(channel.texts()).containsExactly("I hear you.");
    }

    @Test
    @DisplayName("a handler failure stays inside the listener instead of reaching JDA's event thread")
    void containsFailures() {
        User broken = mock(User.class);
        when(broken.isBot()).thenThrow(new IllegalStateException("broken user"));

        assertThatCode(() -> listener.onMessageReceived(new MessageReceivedEvent(jda, 1, directMessage(broken))))
                .doesNotThrowAnyException();
        assertThat(core.received).isEmpty();
    }
}
