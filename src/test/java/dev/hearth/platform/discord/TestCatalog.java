package dev.hearth.platform.discord;

import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandOption;
import dev.hearth.core.command.CommandSpec;
import java.util.List;

/** The commands the issue names, plus an admin-only one, the way the core's catalog will hold them. */
final class TestCatalog implements CommandCatalog {
    static final List<CommandSpec> COMMANDS = List.of(
            new CommandSpec("talk", "Start a private conversation with Hearth", List.of(), false),
            new CommandSpec("checkin", "Check in on how you feel", List.of(), false),
            new CommandSpec("mood", "Record your mood from 1 to 5", List.of(
                    new CommandOption("score", "How you feel, 1 (low) to 5 (good)", false),
                    new CommandOption("note", "A word about why", false)), false),
            new CommandSpec("goals", "See the small steps you chose", List.of(), false),
            new CommandSpec("reminders", "See or change your reminders", List.of(
                    new CommandOption("action", "list, on or off", false)), false),
            new CommandSpec("export", "Get a copy of everything Hearth stores about you", List.of(), false),
            new CommandSpec("forget", "Delete everything Hearth stores about you", List.of(), false),
            new CommandSpec("pause", "Pause check-ins and follow-ups", List.of(
                    new CommandOption("days", "For how many days", false)), false),
            new CommandSpec("resume", "Resume check-ins and follow-ups", List.of(), false),
            new CommandSpec("help", "What Hearth can do", List.of(), false),
            new CommandSpec("crisis", "Where to find help right now", List.of(), false),
            new CommandSpec("checkin-setup", "Set up a server-wide mood check-in", List.of(
                    new CommandOption("time", "Local time, e.g. 09:00", true),
                    new CommandOption("days", "Which days, e.g. mon-fri", true),
                    new CommandOption("zone", "Time zone, e.g. Europe/Berlin", false)), true));

    @Override
    public List<CommandSpec> all() {
        return COMMANDS;
    }
}
