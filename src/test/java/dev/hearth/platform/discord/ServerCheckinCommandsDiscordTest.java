package dev.hearth.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.checkin.ServerCheckinCommands;
import dev.hearth.core.checkin.ServerMoodChart;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandSpec;
import dev.hearth.data.YamlResources;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Discord: the server check-in slash commands")
class ServerCheckinCommandsDiscordTest {
    private final List<CommandSpec> specs =
            new ServerCheckinCommands(null, null, new YamlResources("en").phrases(), new ServerMoodChart()).specs();
    private final CommandCatalog catalog = () -> specs;
    private final List<SlashCommandData> commands = new SlashCommandFactory(catalog).commands();

    private SlashCommandData command(String name) {
        return commands.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("/checkin-setup is offered in servers to Manage Server only, with time, zone, days and prompt")
    void setup() {
        SlashCommandData setup = command("checkin-setup");

        assertThat(setup.getContexts()).containsExactly(InteractionContextType.GUILD);
        assertThat(setup.getDefaultPermissions()).isEqualTo(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        assertThat(setup.getOptions()).extracting(OptionData::getName).containsExactly("time", "zone", "days", "prompt");
        assertThat(setup.getOptions()).extracting(OptionData::isRequired).containsExactly(true, false, false, false);
    }

    @Test
    @DisplayName("every admin command is admin-only; the follow-up choice is for everyone, in direct messages too")
    void rights() {
        for (String admin : List.of("checkins", "pause-checkin", "resume-checkin", "cancel-checkin", "checkin-stats")) {
            assertThat(command(admin).getDefaultPermissions()).as(admin)
                    .isEqualTo(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        }
        assertThat(command("checkin-followups").getContexts())
                .contains(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
        assertThat(commands).allSatisfy(c -> assertThat(c.getDescription()).isNotBlank().hasSizeLessThanOrEqualTo(100));
    }
}
