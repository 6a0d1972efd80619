package dev.hearth.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.hearth.core.Button;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import dev.hearth.platform.discord.JdaMocks.ChannelSpy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordOutboxTest {
    private static final long USER_ID = 200_000_000_000_000_002L;
    private static final long CHANNEL_ID = 500_000_000_000_000_005L;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final DiscordConnection connection = new DiscordConnection();
    private final DiscordOutbox outbox = new DiscordOutbox(connection, new MessageRenderer(), new SerialLanes(Runnable::run));
    private final ChannelSpy<PrivateChannel> directMessages =
            new ChannelSpy<>(PrivateChannel.class, 400_000_000_000_000_004L, events, "dm");
    private final ChannelSpy<GuildMessageChannel> serverChannel =
            new ChannelSpy<>(GuildMessageChannel.class, CHANNEL_ID, events, "server");
    private final ShardManager manager = mock(ShardManager.class);
    private final JDA shard = mock(JDA.class);

    @SuppressWarnings("unchecked")
    private void connect() {
        when(shard.getStatus()).thenReturn(JDA.Status.CONNECTED);
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        when(open.complete()).thenReturn(directMessages.channel);
        when(shard.openPrivateChannelById(USER_ID)).thenReturn(open);
        when(manager.getShards()).thenReturn(List.of(shard));
        when(manager.getChannelById(GuildMessageChannel.class, CHANNEL_ID)).thenReturn(serverChannel.channel);
        connection.open(manager);
    }

    @Test
    @DisplayName("a proactive check-in reaches the person's direct messages with its buttons and no mentions")
    void directMessageById() {
        connect();
        Reply checkIn = Reply.text("Hi Robin, how did the walk at lunch go?")
                .withButtons(List.of(new Button("goal:17:done", "I did it"), new Button("goal:17:not-yet", "Not yet")));

        outbox.queuePrivately(new UserRef("discord", Long.toString(USER_ID)), checkIn).join();

        assertThat(directMessages.texts()).containsExactly("Hi Robin, how did the walk at lunch go?");
        assertThat(directMessages.sent).allSatisfy(JdaMocks::assertMentionsNobody);
        assertThat(directMessages.sent.get(0).getComponents()).hasSize(1);
    }

    @Test
    @DisplayName("a server check-in prompt is posted to its channel with no mentions")
    void postToChannel() {
        connect();

        outbox.queueToChannel(new ConversationRef("discord", Long.toString(CHANNEL_ID)),
                Reply.text("Morning check-in: how is everyone, 1 to 5? @everyone").asPublic()).join();

        assertThat(serverChannel.sent).singleElement().satisfies(JdaMocks::assertMentionsNobody);
    }

    @Test
    @DisplayName("closed direct messages drop a proactive message quietly")
    void closedDirectMessages() {
        connect();
        directMessages.failing(JdaMocks.cannotSendToUser());

        outbox.queuePrivately(new UserRef("discord", Long.toString(USER_ID)), Reply.text("Thinking of you.")).join();

        assertThat(directMessages.sent).isEmpty();
    }

    @Test
    @DisplayName("nothing is sent before Discord is connected or to another platform's address")
    void notConnectedOrWrongPlatform() {
        outbox.queuePrivately(new UserRef("discord", Long.toString(USER_ID)), Reply.text("Hello")).join();
        connect();
        outbox.queuePrivately(new UserRef("telegram", "42"), Reply.text("Hello")).join();
        outbox.queuePrivately(new UserRef("discord", "not-an-id"), Reply.text("Hello")).join();

        verify(shard, never()).openPrivateChannelById(anyLong());
        assertThat(directMessages.sent).isEmpty();
        assertThat(outbox.platform()).isEqualTo("discord");
    }
}
