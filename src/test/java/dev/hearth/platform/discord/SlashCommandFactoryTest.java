package dev.hearth.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandOption;
import dev.hearth.core.command.CommandSpec;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlashCommandFactoryTest {
    private final List<SlashCommandData> commands = new SlashCommandFactory(new TestCatalog()).commands();

    private SlashCommandData command(String name) {
        return commands.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("every catalog command becomes a slash command with its description, in catalog order")
    void everyCommand() {
        assertThat(commands).extracting(SlashCommandData::getName)
                .containsExactly("talk", "checkin", "mood", "goals", "reminders", "export", "forget", "pause",
                        "resume", "help", "crisis", "checkin-setup");
        assertThat(commands).allSatisfy(c -> assertThat(c.getDescription()).isNotBlank().hasSizeLessThanOrEqualTo(100));
        assertThat(command("mood").getDescription()).isEqualTo("Record your mood from 1 to 5");
    }

    @Test
    @DisplayName("everyday commands work in servers and in direct messages with Hearth, for everyone")
    void everydayContexts() {
        SlashCommandData mood = command("mood");

        assertThat(mood.getContexts()).containsExactlyInAnyOrder(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
        assertThat(mood.getDefaultPermissions()).isEqualTo(DefaultMemberPermissions.ENABLED);
        assertThat(mood.getOptions()).extracting(OptionData::getName).containsExactly("score", "note");
    }

    @Test
    @DisplayName("admin commands are server-only and need Manage Server by default")
    void adminCommands() {
        SlashCommandData setup = command("checkin-setup");

        assertThat(setup.getContexts()).containsExactly(InteractionContextType.GUILD);
        assertThat(setup.getDefaultPermissions()).isEqualTo(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        assertThat(setup.getOptions()).extracting(OptionData::isRequired).containsExactly(true, true, false);
    }

    @Test
    @DisplayName("role, channel and yes/no options get Discord's pickers; a channel picker offers text channels")
    void typedOptions() {
        CommandCatalog catalog = () -> List.of(new CommandSpec("support-role", "Set the support team", List.of(
                new CommandOption("role", "the role", false, CommandOption.Kind.ROLE),
                new CommandOption("channel", "the staff channel", false, CommandOption.Kind.CHANNEL),
                new CommandOption("off", "turn it off", false, CommandOption.Kind.FLAG)), true));

        SlashCommandData command = new SlashCommandFactory(catalog).commands().get(0);

        assertThat(command.getOptions()).extracting(OptionData::getType)
                .containsExactly(OptionType.ROLE, OptionType.CHANNEL, OptionType.BOOLEAN);
        assertThat(command.getOptions().get(1).getChannelTypes()).containsExactly(ChannelType.TEXT);
    }

    @Test
    @DisplayName("required options are listed first, as Discord demands, and long descriptions are shortened")
    void discordRules() {
        CommandCatalog catalog = () -> List.of(new CommandSpec("note", "d".repeat(140), List.of(
                new CommandOption("extra", "optional first in the spec", false),
                new CommandOption("text", "required second", true)), false));

        SlashCommandData note = new SlashCommandFactory(catalog).commands().get(0);

        assertThat(note.getOptions()).extracting(OptionData::getName).containsExactly("text", "extra");
        assertThat(note.getDescription()).hasSize(100);
    }
}
