package dev.hearth.platform.discord;

import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandSpec;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers slash commands. The core answers every command: the command becomes an {@link Inbound} whose
 * text is {@code /name opt1 opt2…}. In a server every answer is ephemeral (only the person sees it);
 * {@code /talk} in a server opens the person's direct messages and greets them there. Admin-only
 * commands are refused, without calling the core, to anyone without Manage Server.
 */
public final class SlashCommandHandler {
    /** The command that moves the conversation into direct messages. */
    static final String TALK = "talk";

    private static final Logger LOG = LoggerFactory.getLogger(SlashCommandHandler.class);

    private final Conversations conversations;
    private final CommandCatalog catalog;
    private final InboundTranslator translator;
    private final MessageRenderer renderer;
    private final DiscordPhrases phrases;
    private final SerialLanes lanes;

    @Inject
    public SlashCommandHandler(Conversations conversations, CommandCatalog catalog, InboundTranslator translator,
            MessageRenderer renderer, DiscordPhrases phrases, SerialLanes lanes) {
        this.conversations = conversations;
        this.catalog = catalog;
        this.translator = translator;
        this.renderer = renderer;
        this.phrases = phrases;
        this.lanes = lanes;
    }

    /**
     * Entry point for a slash command. Acknowledges it at once (Discord allows three seconds), then runs
     * the turn in the person's lane and answers through the interaction hook.
     *
     * @return completes when the answer is delivered
     */
    public CompletableFuture<Void> onSlashCommand(SlashCommandInteraction interaction) {
        Optional<CommandSpec> spec = catalog.find(interaction.getName());
        if (spec.isEmpty()) {
            refuse(interaction, DiscordPhrases.COMMAND_UNKNOWN);
            return CompletableFuture.completedFuture(null);
        }
        boolean inServer = interaction.getGuild() != null;
        if (spec.get().adminOnly()) {
            if (!inServer) {
                refuse(interaction, DiscordPhrases.ADMIN_SERVER_ONLY);
                return CompletableFuture.completedFuture(null);
            }
            if (!isServerManager(interaction.getMember())) {
                refuse(interaction, DiscordPhrases.ADMIN_REFUSED);
                return CompletableFuture.completedFuture(null);
            }
        }
        interaction.deferReply(inServer).queue(null, e -> LOG.debug("Could not defer a reply: {}",
                DirectMessages.describe(e)));
        String lane = InboundTranslator.person(interaction.getUser()).key();
        if (inServer && TALK.equals(spec.get().name())) {
            return lanes.submit(lane, () -> talkInDirectMessages(interaction, spec.get()));
        }
        return lanes.submit(lane, () -> answerInPlace(interaction, spec.get(), inServer));
    }

    /** The permission check in code; the command's default permissions can be changed by server owners. */
    private static boolean isServerManager(Member member) {
        return member != null && member.hasPermission(SlashCommandFactory.ADMIN_PERMISSION);
    }

    private void answerInPlace(SlashCommandInteraction interaction, CommandSpec spec, boolean inServer) {
        InteractionHook hook = interaction.getHook();
        Optional<TurnResult> result = handle(translator.fromSlashCommand(interaction, spec));
        List<MessageCreateData> messages = new ArrayList<>();
        if (result.isEmpty()) {
            messages.add(renderer.notice(phrases.pick(DiscordPhrases.ERROR)));
        } else {
            for (Reply reply : result.get().replies()) {
                messages.addAll(renderer.render(reply));
            }
        }
        sendThroughHook(hook, messages, inServer);
    }

    /** {@code /talk} in a server: the turn happens in the person's direct messages. */
    private void talkInDirectMessages(SlashCommandInteraction interaction, CommandSpec spec) {
        InteractionHook hook = interaction.getHook();
        PrivateChannel direct;
        try {
            direct = DirectMessages.open(interaction.getUser());
        } catch (RuntimeException e) {
            LOG.warn("Could not open a direct message: {}", DirectMessages.describe(e));
            sendThroughHook(hook, List.of(renderer.notice(phrases.pick(DiscordPhrases.ERROR))), true);
            return;
        }
        Optional<TurnResult> result =
                handle(translator.fromSlashCommandInDirectMessage(interaction, spec, direct.getIdLong()));
        if (result.isEmpty()) {
            sendThroughHook(hook, List.of(renderer.notice(phrases.pick(DiscordPhrases.ERROR))), true);
            return;
        }
        DirectMessages.Outcome outcome = DirectMessages.Outcome.SENT;
        for (Reply reply : result.get().replies()) {
            outcome = DirectMessages.sendIn(direct, renderer.render(reply));
            if (outcome != DirectMessages.Outcome.SENT) {
                break;
            }
        }
        String key = switch (outcome) {
            case SENT -> DiscordPhrases.TALK_SENT;
            case CLOSED -> DiscordPhrases.DM_CLOSED;
            case FAILED, TRANSIENT -> DiscordPhrases.ERROR;
        };
        sendThroughHook(hook, List.of(renderer.notice(phrases.pick(key))), true);
    }

    private Optional<TurnResult> handle(Inbound inbound) {
        try {
            return Optional.of(conversations.handle(inbound));
        } catch (RuntimeException e) {
            LOG.error("The core failed on a Discord command ({}).", e.getClass().getSimpleName());
            LOG.debug("Core failure", e);
            return Optional.empty();
        }
    }

    /** The first message replaces the "thinking…" placeholder; none at all removes it. */
    private static void sendThroughHook(InteractionHook hook, List<MessageCreateData> messages, boolean ephemeral) {
        try {
            if (messages.isEmpty()) {
                hook.deleteOriginal().complete();
                return;
            }
            for (MessageCreateData message : messages) {
                hook.sendMessage(message).setEphemeral(ephemeral).complete();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not answer a slash command: {}", DirectMessages.describe(e));
            LOG.debug("Slash command answer failure", e);
        }
    }

    private void refuse(SlashCommandInteraction interaction, String phraseKey) {
        interaction.reply(renderer.notice(phrases.pick(phraseKey))).setEphemeral(true)
                .queue(null, e -> LOG.debug("Could not refuse a command: {}", DirectMessages.describe(e)));
    }
}
