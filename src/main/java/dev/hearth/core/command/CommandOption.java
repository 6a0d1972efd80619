package dev.hearth.core.command;

import java.util.Objects;

/**
 * One option of a command, for platforms that show typed options (Discord slash commands). In text
 * form the options follow the command name in order, separated by spaces.
 */
public record CommandOption(String name, String description, boolean required) {
    public CommandOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
