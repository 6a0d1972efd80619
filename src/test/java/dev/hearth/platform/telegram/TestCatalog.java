package dev.hearth.platform.telegram;

import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandSpec;
import java.util.ArrayList;
import java.util.List;

/** The commands of issue 5, plus a hyphenated admin-only one to show how Telegram renders hyphens. */
final class TestCatalog implements CommandCatalog {
    static final List<String> EVERYONE = List.of(
            "start", "checkin", "mood", "goals", "reminders", "export", "forget", "pause", "resume", "help", "crisis");

    @Override
    public List<CommandSpec> all() {
        List<CommandSpec> specs = new ArrayList<>(EVERYONE.stream()
                .map(name -> new CommandSpec(name, "What /" + name + " does", List.of(), false))
                .toList());
        specs.add(new CommandSpec("checkin-stats", "Group mood over the week", List.of(), true));
        return specs;
    }
}
