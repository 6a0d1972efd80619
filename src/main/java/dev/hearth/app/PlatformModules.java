package dev.hearth.app;

import com.google.inject.Module;
import dev.hearth.config.HearthConfig;
import dev.hearth.platform.discord.DiscordModule;
import dev.hearth.platform.discord.DiscordSettings;
import java.util.ArrayList;
import java.util.List;

/** The Guice modules of the platforms whose tokens are set; none when no token is set. */
final class PlatformModules {
    private PlatformModules() {
    }

    static List<Module> forConfig(HearthConfig config) {
        List<Module> modules = new ArrayList<>();
        HearthConfig.Discord discord = config.discord();
        discord.token().ifPresent(token -> modules.add(new DiscordModule(
                new DiscordSettings(token, discord.totalShards(), discord.shardMin(), discord.shardMax()))));
        return modules;
    }
}
