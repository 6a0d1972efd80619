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
import dev.hearth.core.outbox.Delivery;
import dev.hearth.core.outbox.OutboundMessage;
import dev.hearth.core.outbox.Recipient;
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

class DiscordCourierTest {
    private static final long USER_ID = 200_000_000_000_000_002L;
    private static final long CHANNEL_ID = 500_000_000_000_000_005L;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final DiscordConnection connection = new DiscordConnection();
    private final List<UserRef> unreachable = new CopyOnWriteArrayList<>();
    private final DiscordCourier courier = new DiscordCourier(connection, new MessageRenderer(),
            new SerialLanes(Runnable::run), unreachable::add);
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

        Delivery delivery = privately(Long.toString(USER_ID), checkIn);

        assertThat(delivery).isEqualTo(Delivery.SENT);
        assertThat(directMessages.texts()).containsExactly("Hi Robin, how did the walk at lunch go?");
        assertThat(directMessages.sent).allSatisfy(JdaMocks::assertMentionsNobody);
        assertThat(directMessages.sent.get(0).getComponents()).hasSize(1);
    }

    @Test
    @DisplayName("a server check-in prompt is posted to its channel with no mentions")
    void postToChannel() {
        connect();

        Delivery delivery = deliver(new Recipient.Channel(new ConversationRef("discord", Long.toString(CHANNEL_ID))),
                Reply.text("Morning check-in: how is everyone, 1 to 5? @everyone").asPublic());

        assertThat(delivery).isEqualTo(Delivery.SENT);
        assertThat(serverChannel.sent).singleElement().satisfies(JdaMocks::assertMentionsNobody);
    }

    @Test
    @DisplayName("closed direct messages end a proactive message as unreachable and mark the person")
    void closedDirectMessages() {
        connect();
        directMessages.failing(JdaMocks.cannotSendToUser());

        Delivery delivery = privately(Long.toString(USER_ID), Reply.text("Thinking of you."));

        assertThat(delivery).isEqualTo(Delivery.UNREACHABLE);
        assertThat(directMessages.sent).isEmpty();
        assertThat(unreachable).containsExactly(new UserRef("discord", Long.toString(USER_ID)));
    }

    @Test
    @DisplayName("a Discord server error asks the outbox to try again later; an unknown channel too, until it gives up")
    void transientFailures() {
        connect();
        directMessages.failing(JdaMocks.serverError());

        Delivery direct = privately(Long.toString(USER_ID), Reply.text("Thinking of you."));

        assertThat(direct).isEqualTo(Delivery.RETRY);
        assertThat(unreachable).isEmpty();
    }

    @Test
    @DisplayName("an unknown channel is another process's when shards are split, gone for good when this process runs them all")
    void unknownChannel() {
        connect();
        Recipient.Channel unknown = new Recipient.Channel(new ConversationRef("discord", "600000000000000006"));

        when(manager.getShardsTotal()).thenReturn(1);
        Delivery allShardsHere = deliver(unknown, Reply.text("Check-in").asPublic());
        when(manager.getShardsTotal()).thenReturn(4);
        Delivery split = deliver(unknown, Reply.text("Check-in").asPublic());

        assertThat(allShardsHere).isEqualTo(Delivery.FAILED);
        assertThat(split).isEqualTo(Delivery.ELSEWHERE);
    }

    @Test
    @DisplayName("Hearth without permission to post is refused for good, not retried")
    void noPermission() {
        connect();
        net.dv8tion.jda.api.entities.Guild guild = mock(net.dv8tion.jda.api.entities.Guild.class);
        when(serverChannel.channel.getGuild()).thenReturn(guild);
        serverChannel.failing(new net.dv8tion.jda.api.exceptions.InsufficientPermissionException(
                serverChannel.channel, net.dv8tion.jda.api.Permission.MESSAGE_SEND));

        Delivery delivery = deliver(new Recipient.Channel(new ConversationRef("discord", Long.toString(CHANNEL_ID))),
                Reply.text("Check-in").asPublic());

        assertThat(delivery).isEqualTo(Delivery.FAILED);
    }

    @Test
    @DisplayName("a message the adapter dropped while stopping is kept for a retry")
    void droppedWhileStopping() {
        DiscordCourier stopping = new DiscordCourier(connection, new MessageRenderer(), new SerialLanes(task -> {
            throw new java.util.concurrent.RejectedExecutionException("stopping");
        }), dev.hearth.core.UnreachablePeople.NONE);
        connect();

        Delivery delivery = stopping.deliver(new OutboundMessage(new Recipient.Person(
                new UserRef("discord", Long.toString(USER_ID))), Reply.text("Hello"))).toCompletableFuture().join();

        assertThat(delivery).isEqualTo(Delivery.RETRY);
        assertThat(directMessages.sent).isEmpty();
    }

    @Test
    @DisplayName("before Discord is connected a message waits for a retry; another platform's address or a bad id fails for good")
    void notConnectedOrWrongPlatform() {
        Delivery early = privately(Long.toString(USER_ID), Reply.text("Hello"));
        connect();
        Delivery otherPlatform = deliver(new Recipient.Person(new UserRef("telegram", "42")), Reply.text("Hello"));
        Delivery badId = privately("not-an-id", Reply.text("Hello"));

        assertThat(early).isEqualTo(Delivery.RETRY);
        assertThat(otherPlatform).isEqualTo(Delivery.FAILED);
        assertThat(badId).isEqualTo(Delivery.FAILED);
        verify(shard, never()).openPrivateChannelById(anyLong());
        assertThat(directMessages.sent).isEmpty();
        assertThat(courier.platform()).isEqualTo("discord");
    }

    private Delivery privately(String userId, Reply reply) {
        return deliver(new Recipient.Person(new UserRef("discord", userId)), reply);
    }

    private Delivery deliver(Recipient to, Reply reply) {
        return courier.deliver(new OutboundMessage(to, reply)).toCompletableFuture().join();
    }
}
