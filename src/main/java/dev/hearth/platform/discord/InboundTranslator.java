package dev.hearth.platform.discord;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Inbound;
import dev.hearth.core.UserRef;
import dev.hearth.core.command.CommandOption;
import dev.hearth.core.command.CommandSpec;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.utils.TimeUtil;

/**
 * Translates Discord events into core {@link Inbound}s: a direct message, a server message that
 * mentions Hearth (mention stripped, {@code isPrivate=false}), a slash command (text
 * {@code /name opt1 opt2…}, options in the command's order) and a pressed button (its id as the action).
 * People are {@code discord:<user id>}, conversations {@code discord:<channel id>}. Anything from a server
 * carries the server's id as its space, and is an admin's when the member has Manage Server there.
 */
public final class InboundTranslator {
    /** The platform name in every {@link UserRef} and {@link ConversationRef} this adapter makes. */
    public static final String PLATFORM = "discord";

    private final Clock clock;

    @Inject
    public InboundTranslator(Clock clock) {
        this.clock = clock;
    }

    /**
     * The inbound for a message Hearth should answer: any direct message, or a server message that
     * mentions Hearth directly (not through {@code @everyone} or a role). Empty for anything else,
     * including messages from bots, webhooks and Discord itself.
     */
    public Optional<Inbound> fromMessage(Message message, User self) {
        User author = message.getAuthor();
        if (author.isBot() || author.isSystem() || message.isWebhookMessage()) {
            return Optional.empty();
        }
        boolean inServer = message.isFromGuild();
        if (inServer && !message.getMentions().isMentioned(self, Message.MentionType.USER)) {
            return Optional.empty();
        }
        String text = stripMention(message.getContentRaw(), self.getIdLong());
        Inbound inbound = new Inbound(
                person(author),
                conversation(message.getChannel().getIdLong()),
                text,
                at(message.getIdLong()),
                !inServer,
                Locale.ROOT,
                author.getEffectiveName(),
                Optional.empty());
        return Optional.of(inServer ? inServer(inbound, message.getGuild(), message.getMember()) : inbound);
    }

    /**
     * The inbound for a slash command: {@code /name} followed by the given option values in the order the
     * command defines them, skipping options left empty.
     */
    public Inbound fromSlashCommand(SlashCommandInteraction interaction, CommandSpec spec) {
        List<String> words = new ArrayList<>();
        words.add("/" + spec.name());
        for (CommandOption option : spec.options()) {
            OptionMapping mapping = interaction.getOption(option.name());
            if (mapping != null) {
                optionText(option, mapping).ifPresent(words::add);
            }
        }
        return fromInteraction(interaction, String.join(" ", words), interaction.getChannelIdLong());
    }

    // A picked role or channel as the mention text the core reads; yes/no as the option's name or nothing.
    private static java.util.Optional<String> optionText(CommandOption option, OptionMapping mapping) {
        String text = switch (option.kind()) {
            case ROLE -> "<@&" + Long.toUnsignedString(mapping.getAsLong()) + ">";
            case CHANNEL -> "<#" + Long.toUnsignedString(mapping.getAsLong()) + ">";
            case FLAG -> mapping.getAsBoolean() ? option.name() : "";
            case TEXT -> mapping.getAsString().strip();
        };
        return text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(text);
    }

    /**
     * The inbound for a slash command answered in the person's direct messages rather than where it was
     * used ({@code /talk} in a server): private, in the given direct-message channel.
     */
    public Inbound fromSlashCommandInDirectMessage(SlashCommandInteraction interaction, CommandSpec spec,
            long directChannelId) {
        Inbound inServer = fromSlashCommand(interaction, spec);
        return new Inbound(inServer.user(), conversation(directChannelId), inServer.text(), inServer.at(),
                true, inServer.locale(), inServer.displayName(), inServer.action());
    }

    /** The inbound for a pressed button: no text, the button's id as the action. */
    public Inbound fromButton(ButtonInteraction interaction) {
        return fromInteraction(interaction, "", interaction.getChannelIdLong())
                .withAction(interaction.getComponentId());
    }

    /** The person who wrote or pressed something. */
    public static UserRef person(User user) {
        return new UserRef(PLATFORM, Long.toUnsignedString(user.getIdLong()));
    }

    /** The conversation for a Discord channel id. */
    public static ConversationRef conversation(long channelId) {
        return new ConversationRef(PLATFORM, Long.toUnsignedString(channelId));
    }

    private Inbound fromInteraction(Interaction interaction, String text, long channelId) {
        User user = interaction.getUser();
        boolean inServer = interaction.getGuild() != null;
        Inbound inbound = new Inbound(
                person(user),
                conversation(channelId),
                text,
                at(interaction.getIdLong()),
                !inServer,
                locale(interaction.getUserLocale()),
                user.getEffectiveName(),
                Optional.empty());
        return inServer ? inServer(inbound, interaction.getGuild(), interaction.getMember()) : inbound;
    }

    /**
     * Marks an inbound from a server with the server's id and, when the member has Manage Server there,
     * as an admin's: the core's admin-only commands check it.
     */
    private static Inbound inServer(Inbound inbound, Guild guild, Member member) {
        if (guild == null) {
            return inbound;    // Discord always names the server; without one there is no space to act on
        }
        Inbound placed = inbound.inSpace(Long.toUnsignedString(guild.getIdLong()));
        return isServerManager(member) ? placed.asAdmin() : placed;
    }

    /** True when the member may manage the server; a member Discord did not send is not. */
    static boolean isServerManager(Member member) {
        return member != null && member.hasPermission(SlashCommandFactory.ADMIN_PERMISSION);
    }

    /** When Discord says it happened (from the snowflake id), never later than Hearth's own clock. */
    private Instant at(long snowflake) {
        Instant platformTime = TimeUtil.getTimeCreated(snowflake).toInstant();
        Instant now = clock.instant();
        // a machine clock behind Discord's would otherwise put the message in the core's future
        return platformTime.isAfter(now) ? now : platformTime;
    }

    private static String stripMention(String content, long selfId) {
        String id = Long.toUnsignedString(selfId);
        String text = content == null ? "" : content;
        // "Hey @Hearth, …" reads as "Hey, …": drop the mention and the space before punctuation after it
        text = Pattern.compile("[ \\t]*<@!?" + id + ">(?=[,.!?;:])").matcher(text).replaceAll("");
        return Pattern.compile("[ \\t]*<@!?" + id + ">[ \\t]*").matcher(text).replaceAll(" ").strip();
    }

    private static Locale locale(DiscordLocale locale) {
        if (locale == null || locale == DiscordLocale.UNKNOWN) {
            return Locale.ROOT;
        }
        return locale.toLocale();
    }
}
