package dev.hearth.core.command;

import java.util.List;
import java.util.Optional;

/**
 * Every command Hearth understands, defined once in the core and rendered per platform (Telegram's
 * {@code setMyCommands}, Discord's slash commands, the terminal's {@code /help}).
 */
public interface CommandCatalog {
    /** All commands, in the order menus show them. */
    List<CommandSpec> all();

    /** The command with this name; hyphens and underscores are the same. */
    default Optional<CommandSpec> find(String name) {
        String wanted = name.replace('_', '-').toLowerCase(java.util.Locale.ROOT);
        return all().stream().filter(c -> c.name().equals(wanted)).findFirst();
    }
}
