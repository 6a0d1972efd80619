package dev.hearth.platform.discord;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Outbox;
import dev.hearth.core.Reply;
import dev.hearth.core.UnreachablePeople;
import dev.hearth.core.UserRef;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proactive messages on Discord (check-ins, goal follow-ups, care after a crisis): a direct message to a
 * person by user id, or a post to a server channel by channel id, rendered like every other reply (no
 * allowed mentions, split at 2,000 characters). Sends never block the caller: they queue in one lane, so
 * proactive messages go out one at a time and JDA's rate limiter paces them against Discord's limits.
 */
public final class DiscordOutbox implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordOutbox.class);
    private static final String LANE = "discord-outbox";

    private final DiscordConnection connection;
    private final MessageRenderer renderer;
    private final SerialLanes lanes;
    private final UnreachablePeople unreachable;

    public DiscordOutbox(DiscordConnection connection, MessageRenderer renderer, SerialLanes lanes) {
        this(connection, renderer, lanes, UnreachablePeople.NONE);
    }

    /** @param unreachable told when a person's direct messages are closed, so they are not retried */
    @Inject
    public DiscordOutbox(DiscordConnection connection, MessageRenderer renderer, SerialLanes lanes,
                         UnreachablePeople unreachable) {
        this.connection = connection;
        this.renderer = renderer;
        this.lanes = lanes;
        this.unreachable = unreachable;
    }

    @Override
    public String platform() {
        return DiscordPlatform.NAME;
    }

    /** Queues a direct message; dropped, with a log line, if the person does not accept them. */
    @Override
    public void sendPrivately(UserRef person, Reply reply) {
        queuePrivately(person, reply);
    }

    /** Queues a post to a server channel this process's shards can see. */
    @Override
    public void sendToChannel(ConversationRef channel, Reply reply) {
        queueToChannel(channel, reply);
    }

    /** Completes when the direct message has gone or failed. */
    CompletableFuture<Void> queuePrivately(UserRef person, Reply reply) {
        return send(person.platform(), person.id(), reply, (manager, id, messages) -> {
            if (deliverPrivately(manager, id, messages) == DirectMessages.Outcome.CLOSED) {
                unreachable.mark(person);
            }
        });
    }

    /** Completes when the post has gone or failed. */
    CompletableFuture<Void> queueToChannel(ConversationRef channel, Reply reply) {
        return send(channel.platform(), channel.id(), reply, this::deliverToChannel);
    }

    private interface Delivery {
        void deliver(ShardManager manager, long id, List<MessageCreateData> messages);
    }

    private CompletableFuture<Void> send(String platform, String id, Reply reply, Delivery delivery) {
        if (!DiscordPlatform.NAME.equals(platform)) {
            LOG.warn("The Discord outbox was given a {} address; nothing sent.", platform);
            return CompletableFuture.completedFuture(null);
        }
        long snowflake;
        try {
            snowflake = Long.parseUnsignedLong(id);
        } catch (NumberFormatException e) {
            LOG.warn("The Discord outbox was given an id that is not a Discord id; nothing sent.");
            return CompletableFuture.completedFuture(null);
        }
        return lanes.submit(LANE, () -> {
            Optional<ShardManager> manager = connection.get();
            if (manager.isEmpty()) {
                LOG.warn("Discord is not connected; a proactive message was dropped.");
                return;
            }
            delivery.deliver(manager.get(), snowflake, renderer.render(reply));
        });
    }

    private DirectMessages.Outcome deliverPrivately(ShardManager manager, long userId,
                                                    List<MessageCreateData> messages) {
        Optional<JDA> shard = manager.getShards().stream()
                .filter(s -> s.getStatus() == JDA.Status.CONNECTED)
                .findFirst();
        if (shard.isEmpty()) {
            LOG.warn("No connected Discord shard; a proactive direct message was dropped.");
            return DirectMessages.Outcome.FAILED;
        }
        PrivateChannel channel;
        try {
            channel = shard.get().openPrivateChannelById(userId).complete();
        } catch (RuntimeException e) {
            LOG.warn("Could not open a direct message: {}", DirectMessages.describe(e));
            return DirectMessages.Outcome.FAILED;
        }
        DirectMessages.Outcome outcome = DirectMessages.sendIn(channel, messages);
        if (outcome == DirectMessages.Outcome.CLOSED) {
            LOG.info("A proactive direct message was not delivered: the person's direct messages are closed.");
        }
        return outcome;
    }

    private void deliverToChannel(ShardManager manager, long channelId, List<MessageCreateData> messages) {
        GuildMessageChannel channel = manager.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            LOG.warn("A proactive post was dropped: its channel is unknown to this process's shards.");
            return;
        }
        DirectMessages.sendIn(channel, messages);
    }
}
