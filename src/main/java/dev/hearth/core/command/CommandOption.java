package dev.hearth.core.command;

import java.util.Objects;

/**
 * One option of a command, for platforms that show typed options (Discord slash commands). In text
 * form the options follow the command name in order, separated by spaces: a role as {@code <@&id>}, a
 * channel as {@code <#id>}, a yes/no option as its name when yes and nothing when no.
 *
 * @param kind what the platform should let the person pick; text when it has no picker for it
 */
public record CommandOption(String name, String description, boolean required, Kind kind) {
    /** What kind of value an option takes. */
    public enum Kind {
        TEXT,
        /** A role of the server. */
        ROLE,
        /** A text channel of the server. */
        CHANNEL,
        /** Yes or no. */
        FLAG
    }

    public CommandOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
    }

    /** A text option. */
    public CommandOption(String name, String description, boolean required) {
        this(name, description, required, Kind.TEXT);
    }
}
