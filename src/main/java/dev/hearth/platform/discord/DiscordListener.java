package dev.hearth.platform.discord;

import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.SpaceDepartures;
import jakarta.inject.Inject;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's entry point for Discord events: hands each message, slash command and button press to
 * its handler, and tells {@link SpaceDepartures} when Hearth leaves a server. The handlers acknowledge at once and do the work in the person's lane, so JDA's event
 * thread is never blocked by a turn.
 */
public final class DiscordListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);

    private final MessageTurnHandler messages;
    private final SlashCommandHandler commands;
    private final ButtonHandler buttons;
    private final SpaceDepartures departures;

    /** A listener that keeps no server data to delete when Hearth leaves a server. */
    public DiscordListener(MessageTurnHandler messages, SlashCommandHandler commands, ButtonHandler buttons) {
        this(messages, commands, buttons, SpaceDepartures.NONE);
    }

    /** @param departures told when Hearth is removed from a server, so its check-in data is deleted */
    @Inject
    public DiscordListener(MessageTurnHandler messages, SlashCommandHandler commands, ButtonHandler buttons,
                           SpaceDepartures departures) {
        this.messages = messages;
        this.commands = commands;
        this.buttons = buttons;
        this.departures = departures;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        guard(() -> messages.onMessage(event.getMessage()));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        guard(() -> commands.onSlashCommand(event));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        guard(() -> buttons.onButton(event));
    }

    /** Hearth was removed from a server (kicked, banned, or the server was deleted): its data goes. */
    @Override
    public void onGuildLeave(GuildLeaveEvent event) {
        guard(() -> departures.left(InboundTranslator.PLATFORM, Long.toUnsignedString(event.getGuild().getIdLong())));
    }

    /**
     * A member left a server or was removed (only with member events on): their answers to its check-ins
     * go. Nothing about it is said anywhere.
     */
    @Override
    public void onGuildMemberRemove(GuildMemberRemoveEvent event) {
        guard(() -> departures.memberLeft(Long.toUnsignedString(event.getGuild().getIdLong()),
                new UserRef(InboundTranslator.PLATFORM, Long.toUnsignedString(event.getUser().getIdLong()))));
    }

    // JDA would log an escaping exception with its full stack and message; keep it short and text-free.
    private static void guard(Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            LOG.warn("A Discord event could not be handled: {}", DirectMessages.describe(e));
            LOG.debug("Discord event failure", e);
        }
    }
}
