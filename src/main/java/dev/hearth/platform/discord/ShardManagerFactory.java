package dev.hearth.platform.discord;

import net.dv8tion.jda.api.sharding.ShardManager;

/** Builds and logs in this process's shards; the seam that lets tests start the platform without Discord. */
@FunctionalInterface
public interface ShardManagerFactory {
    /**
     * Logs in and returns once the first shard has passed the REST login; the gateway connects after.
     *
     * @throws RuntimeException from JDA for a rejected token or an unreachable Discord
     */
    ShardManager login(DiscordSettings settings, Object listener);
}
