package dev.hearth.platform.discord;

import java.util.Objects;

/**
 * How this process connects to Discord: the bot token, the total number of shards of the bot, and the
 * range of shards this process runs ({@code shardMin..shardMax}, inclusive). One process with one shard
 * is {@link #singleShard(String)}; a bot in more than about 2,500 servers needs more shards, possibly
 * spread over several processes.
 *
 * @param token       the bot token from the Discord developer portal; never logged
 * @param totalShards how many shards the bot has in all, at least 1
 * @param shardMin    the first shard this process runs, from 0
 * @param shardMax    the last shard this process runs, below {@code totalShards}
 * @param memberEvents whether to ask for the privileged Server Members intent, so Hearth hears when a
 *                     member leaves a server and deletes their answers to its check-ins
 */
public record DiscordSettings(String token, int totalShards, int shardMin, int shardMax, boolean memberEvents) {

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("The Discord token is empty.");
        }
        if (totalShards < 1) {
            throw new IllegalArgumentException("The total number of Discord shards must be at least 1.");
        }
        if (shardMin < 0 || shardMin > shardMax || shardMax >= totalShards) {
            throw new IllegalArgumentException("The Discord shard range must satisfy 0 <= min <= max < total, got "
                    + shardMin + ".." + shardMax + " of " + totalShards + ".");
        }
        token = token.strip();
    }

    /** Without member events (no privileged intent). */
    public DiscordSettings(String token, int totalShards, int shardMin, int shardMax) {
        this(token, totalShards, shardMin, shardMax, false);
    }

    /** One process running the bot's only shard, the usual self-hosted case. */
    public static DiscordSettings singleShard(String token) {
        return new DiscordSettings(token, 1, 0, 0);
    }

    /** How many shards this process runs. */
    public int shardCount() {
        return shardMax - shardMin + 1;
    }

    /** Leaves the token out, so logging the settings can never leak it. */
    @Override
    public String toString() {
        return "DiscordSettings[token=***, totalShards=" + totalShards + ", shards=" + shardMin + ".." + shardMax
                + ", memberEvents=" + memberEvents + "]";
    }
}
