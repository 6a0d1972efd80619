package dev.hearth.platform.discord;

import dev.hearth.core.Reply;
import dev.hearth.core.UnreachablePeople;
import dev.hearth.core.UserRef;
import dev.hearth.core.outbox.Courier;
import dev.hearth.core.outbox.Delivery;
import dev.hearth.core.outbox.OutboundMessage;
import dev.hearth.core.outbox.Recipient;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers Hearth's stored proactive messages on Discord (check-ins, goal follow-ups, care after a
 * crisis, server check-in posts): a direct message by user id or a post by channel id, rendered like
 * every other reply (no allowed mentions, split at 2,000 characters). Deliveries queue in one lane, so
 * they go out one at a time and JDA's rate limiter paces them against Discord's limits (it also waits
 * out 429s). Each delivery says how it went: closed direct messages mark the person unreachable; a
 * server error, a timeout or a lost connection asks the outbox to try again later; a channel on a
 * shard another process runs is left to that process; a channel gone for good is dropped.
 */
public final class DiscordCourier implements Courier {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordCourier.class);
    private static final String LANE = "discord-outbox";

    private final DiscordConnection connection;
    private final MessageRenderer renderer;
    private final SerialLanes lanes;
    private final UnreachablePeople unreachable;

    /** @param unreachable told when a person's direct messages are closed, so they are not retried */
    @Inject
    public DiscordCourier(DiscordConnection connection, MessageRenderer renderer, SerialLanes lanes,
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

    @Override
    public CompletionStage<Delivery> deliver(OutboundMessage message) {
        Recipient to = message.recipient();
        if (!DiscordPlatform.NAME.equals(to.platform())) {
            LOG.warn("The Discord courier was given a {} address; nothing sent.", to.platform());
            return CompletableFuture.completedFuture(Delivery.FAILED);
        }
        long snowflake;
        try {
            snowflake = Long.parseUnsignedLong(to.id());
        } catch (NumberFormatException e) {
            LOG.warn("The Discord courier was given an id that is not a Discord id; nothing sent.");
            return CompletableFuture.completedFuture(Delivery.FAILED);
        }
        CompletableFuture<Delivery> result = new CompletableFuture<>();
        lanes.submit(LANE, () -> result.complete(attempt(to, snowflake, message.reply())))
                // A task dropped because the adapter is stopping, or one that failed, is tried again later.
                .whenComplete((ignored, error) -> result.complete(Delivery.RETRY));
        return result;
    }

    private Delivery attempt(Recipient to, long snowflake, Reply reply) {
        Optional<ShardManager> manager = connection.get();
        if (manager.isEmpty()) {
            LOG.debug("Discord is not connected; a proactive message waits.");
            return Delivery.RETRY;
        }
        List<MessageCreateData> messages = renderer.render(reply);
        return switch (to) {
            case Recipient.Person person -> privately(manager.get(), person.user(), snowflake, messages);
            case Recipient.Channel channel -> toChannel(manager.get(), snowflake, messages);
        };
    }

    private Delivery privately(ShardManager manager, UserRef person, long userId, List<MessageCreateData> messages) {
        Optional<JDA> shard = manager.getShards().stream()
                .filter(s -> s.getStatus() == JDA.Status.CONNECTED)
                .findFirst();
        if (shard.isEmpty()) {
            LOG.debug("No connected Discord shard; a proactive direct message waits.");
            return Delivery.RETRY;
        }
        PrivateChannel channel;
        try {
            channel = shard.get().openPrivateChannelById(userId).complete();
        } catch (RuntimeException e) {
            LOG.warn("Could not open a direct message: {}", DirectMessages.describe(e));
            return DirectMessages.isTransient(e) ? Delivery.RETRY : Delivery.UNREACHABLE;
        }
        DirectMessages.Outcome outcome = DirectMessages.sendIn(channel, messages);
        if (outcome == DirectMessages.Outcome.CLOSED) {
            LOG.info("A proactive direct message was not delivered: the person's direct messages are closed.");
            unreachable.mark(person);
        }
        return delivery(outcome);
    }

    private Delivery toChannel(ShardManager manager, long channelId, List<MessageCreateData> messages) {
        GuildMessageChannel channel = manager.getChannelById(GuildMessageChannel.class, channelId);
        if (channel != null) {
            return delivery(DirectMessages.sendIn(channel, messages));
        }
        if (manager.getShards().stream().anyMatch(shard -> shard.getStatus() != JDA.Status.CONNECTED)) {
            LOG.debug("A proactive post waits: this process's shards are still connecting.");
            return Delivery.RETRY;
        }
        if (manager.getShards().size() < manager.getShardsTotal()) {
            return Delivery.ELSEWHERE;    // a shard another process runs holds that server
        }
        LOG.info("A proactive post was dropped: its channel no longer exists or Hearth cannot see it.");
        return Delivery.FAILED;
    }

    private static Delivery delivery(DirectMessages.Outcome outcome) {
        return switch (outcome) {
            case SENT -> Delivery.SENT;
            case CLOSED -> Delivery.UNREACHABLE;
            case TRANSIENT -> Delivery.RETRY;
            case FAILED -> Delivery.FAILED;
        };
    }
}
