package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.multibindings.OptionalBinder;
import dev.hearth.config.ConfigException;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.PrivateChatLinks;
import dev.hearth.platform.discord.DiscordModule;
import dev.hearth.platform.discord.DiscordSettings;
import dev.hearth.platform.telegram.TelegramModule;
import dev.hearth.platform.telegram.TelegramPlatform;
import dev.hearth.platform.telegram.UnreachableListener;
import dev.hearth.core.UnreachablePeople;
import dev.hearth.platform.telegram.TelegramSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Guice modules of the platforms whose tokens are set; none when no token is set. */
final class PlatformModules {
    private PlatformModules() {
    }

    static List<Module> forConfig(HearthConfig config) {
        List<Module> modules = new ArrayList<>();
        HearthConfig.Discord discord = config.discord();
        discord.token().ifPresent(token -> modules.add(new DiscordModule(
                new DiscordSettings(token, discord.totalShards(), discord.shardMin(), discord.shardMax(),
                        discord.memberEvents()))));
        config.telegram().token().ifPresent(token -> {
            TelegramSettings settings;
            try {
                settings = new TelegramSettings(token, config.telegram().apiUrl());
            } catch (IllegalArgumentException e) {
                throw new ConfigException("Setting 'telegram.api-url' (TELEGRAM_API_URL) or TELEGRAM_BOT_TOKEN is "
                        + "not usable: " + e.getMessage());
            }
            modules.add(new TelegramModule(settings));
            modules.add(new TelegramLinks());
        });
        return modules;
    }

    /** Telegram bots cannot write first, so public replies there carry a link to a private chat. */
    private static final class TelegramLinks extends AbstractModule {
        @Override
        protected void configure() {
            Provider<TelegramPlatform> telegram = getProvider(TelegramPlatform.class);
            OptionalBinder.newOptionalBinder(binder(), PrivateChatLinks.class).setBinding().toInstance(
                    platform -> "telegram".equals(platform) ? telegram.get().startLink("talk") : Optional.empty());
            // Someone who blocked the bot is not written to again until they write themselves.
            Provider<UnreachablePeople> unreachable = getProvider(UnreachablePeople.class);
            OptionalBinder.newOptionalBinder(binder(), UnreachableListener.class).setBinding().toInstance(
                    refusal -> refusal.person().ifPresent(person -> unreachable.get().mark(person)));
        }
    }
}
