package dev.hearth.core.command;

import java.util.List;
import java.util.Objects;

/**
 * A command as every platform shows it: its name (lower case, hyphens, e.g. {@code checkin-stats};
 * Telegram renders hyphens as underscores), a one-line description, typed options, and whether only
 * server or group admins may use it.
 */
public record CommandSpec(String name, String description, List<CommandOption> options, boolean adminOnly) {
    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        options = List.copyOf(options);
    }
}
