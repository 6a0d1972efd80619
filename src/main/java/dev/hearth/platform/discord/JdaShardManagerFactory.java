package dev.hearth.platform.discord;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.MemberCachePolicy;

/**
 * Builds JDA's {@link DefaultShardManagerBuilder} with the minimal intents and caches Hearth needs and
 * this process's shard range. See {@code docs/discord.md} for why no privileged intent is needed
 * (Server Members only with {@code discord.member-events}).
 */
public final class JdaShardManagerFactory implements ShardManagerFactory {
    /**
     * Server messages (only those that mention Hearth carry content without the privileged
     * MESSAGE_CONTENT intent) and direct messages. JDA always adds the GUILDS intent itself, which
     * keeps servers and their channels known so server messages and interactions resolve.
     */
    public static final Set<GatewayIntent> INTENTS =
            Set.copyOf(EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES));

    /**
     * {@link #INTENTS}, plus the privileged GUILD_MEMBERS intent when the operator turned member events
     * on (it must also be enabled in the developer portal), so member removals arrive.
     */
    static Set<GatewayIntent> intents(DiscordSettings settings) {
        if (!settings.memberEvents()) {
            return INTENTS;
        }
        EnumSet<GatewayIntent> wanted = EnumSet.copyOf(INTENTS);
        wanted.add(GatewayIntent.GUILD_MEMBERS);
        return Set.copyOf(wanted);
    }

    @Inject
    public JdaShardManagerFactory() {
    }

    @Override
    public ShardManager login(DiscordSettings settings, Object listener) {
        return DefaultShardManagerBuilder.createLight(settings.token(), intents(settings))
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setChunkingFilter(ChunkingFilter.NONE)
                .setShardsTotal(settings.totalShards())
                .setShards(settings.shardMin(), settings.shardMax())
                // Main owns the process lifecycle and calls stop(); JDA's own hook would race it
                .setEnableShutdownHook(false)
                .addEventListeners(listener)
                .build();
    }
}
