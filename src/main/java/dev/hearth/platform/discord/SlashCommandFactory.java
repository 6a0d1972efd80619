package dev.hearth.platform.discord;

import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandOption;
import dev.hearth.core.command.CommandSpec;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * Renders the core's {@link CommandCatalog} as global Discord slash commands: each with its description
 * and text options, usable in servers and in direct messages with Hearth. Admin-only commands are
 * offered in servers only and, by default, only to members with Manage Server (server owners can change
 * that in their integration settings, which is why the handler checks the permission again).
 */
public final class SlashCommandFactory {
    /** The permission an admin-only command needs, as default permission and as the check in code. */
    public static final Permission ADMIN_PERMISSION = Permission.MANAGE_SERVER;

    private final CommandCatalog catalog;

    @Inject
    public SlashCommandFactory(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    /** One slash command per catalog entry, in the catalog's order. */
    public List<SlashCommandData> commands() {
        return catalog.all().stream().map(SlashCommandFactory::command).toList();
    }

    private static SlashCommandData command(CommandSpec spec) {
        SlashCommandData data = Commands.slash(spec.name(), fit(spec.description(), spec.name()))
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        if (spec.adminOnly()) {
            data.setContexts(InteractionContextType.GUILD)
                    .setDefaultPermissions(DefaultMemberPermissions.enabledFor(ADMIN_PERMISSION));
        } else {
            data.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
        }
        // Discord wants required options first; the inbound text keeps the spec's order regardless.
        spec.options().stream()
                .sorted(Comparator.comparing(option -> !option.required()))
                .map(SlashCommandFactory::option)
                .forEach(data::addOptions);
        return data;
    }

    private static OptionData option(CommandOption option) {
        String name = option.name().toLowerCase(Locale.ROOT);
        OptionType type = switch (option.kind()) {
            case TEXT -> OptionType.STRING;
            case ROLE -> OptionType.ROLE;
            case CHANNEL -> OptionType.CHANNEL;
            case FLAG -> OptionType.BOOLEAN;
        };
        OptionData data = new OptionData(type, name, fit(option.description(), name), option.required());
        if (option.kind() == CommandOption.Kind.CHANNEL) {
            data.setChannelTypes(ChannelType.TEXT);    // a staff channel Hearth can post in
        }
        return data;
    }

    /** Discord wants 1 to 100 characters of description. */
    private static String fit(String description, String fallback) {
        String text = description.isBlank() ? fallback : description.strip();
        return text.length() <= CommandData.MAX_DESCRIPTION_LENGTH
                ? text
                : text.substring(0, CommandData.MAX_DESCRIPTION_LENGTH - 1) + "…";
    }
}
