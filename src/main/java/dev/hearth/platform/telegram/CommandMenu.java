package dev.hearth.platform.telegram;

import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * The core's command catalog as Telegram's command menu: hyphens become underscores (Telegram allows
 * only {@code a-z0-9_}); everyone sees the ordinary commands, group admins also the admin-only ones.
 */
final class CommandMenu {
    private static final Pattern TELEGRAM_NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final int MAX_DESCRIPTION = 256;
    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    private CommandMenu() {
    }

    /** The {@code setMyCommands} calls that publish the catalog; none for an empty catalog. */
    static List<SetMyCommands> of(CommandCatalog catalog) {
        List<BotCommand> everyone = new ArrayList<>();
        List<BotCommand> admins = new ArrayList<>();
        for (CommandSpec spec : catalog.all()) {
            String name = telegramName(spec.name());
            if (!TELEGRAM_NAME.matcher(name).matches()) {
                log.warn("Command '{}' cannot be shown in Telegram's menu", spec.name());
                continue;
            }
            BotCommand command = new BotCommand(name, description(spec));
            admins.add(command);
            if (!spec.adminOnly()) {
                everyone.add(command);
            }
        }
        List<SetMyCommands> calls = new ArrayList<>();
        if (!everyone.isEmpty()) {
            calls.add(new SetMyCommands(everyone, new BotCommandScopeDefault(), null));
        }
        if (admins.size() > everyone.size()) {
            calls.add(new SetMyCommands(admins, new BotCommandScopeAllChatAdministrators(), null));
        }
        return calls;
    }

    /** How Telegram shows a catalog name: {@code checkin-stats} as {@code checkin_stats}. */
    static String telegramName(String name) {
        return name.replace('-', '_');
    }

    private static String description(CommandSpec spec) {
        String text = spec.description().strip();
        if (text.isEmpty()) {
            text = spec.name();
        }
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
}
