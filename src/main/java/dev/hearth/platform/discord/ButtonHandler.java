package dev.hearth.platform.discord;

import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.Visibility;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers pressed buttons. The button's id (e.g. {@code mood:3}) becomes the inbound's action, so it
 * works after a restart. On a message meant for one person (a direct message or an ephemeral answer) the
 * buttons are replaced by the chosen one, disabled, so the choice cannot be made twice. On a message
 * everyone in a server channel sees (a check-in), the buttons stay for the others and the presser's
 * answer is ephemeral.
 */
public final class ButtonHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ButtonHandler.class);

    private final Conversations conversations;
    private final InboundTranslator translator;
    private final MessageRenderer renderer;
    private final DiscordPhrases phrases;
    private final SerialLanes lanes;

    @Inject
    public ButtonHandler(Conversations conversations, InboundTranslator translator, MessageRenderer renderer,
            DiscordPhrases phrases, SerialLanes lanes) {
        this.conversations = conversations;
        this.translator = translator;
        this.renderer = renderer;
        this.phrases = phrases;
        this.lanes = lanes;
    }

    /**
     * Entry point for a pressed button. Acknowledges it at once, then runs the turn in the person's lane.
     *
     * @return completes when the answer is delivered
     */
    public CompletableFuture<Void> onButton(ButtonInteraction interaction) {
        boolean inServer = interaction.getGuild() != null;
        boolean shared = inServer && !isEphemeral(interaction.getMessage());
        if (shared) {
            interaction.deferReply(true).queue(null, this::ackFailed);
        } else {
            interaction.editComponents(ActionRow.of(interaction.getButton().asDisabled())).queue(null, this::ackFailed);
        }
        Inbound inbound = translator.fromButton(interaction);
        return lanes.submit(inbound.user().key(), () -> turn(interaction, inbound, inServer, shared));
    }

    private void turn(ButtonInteraction interaction, Inbound inbound, boolean inServer, boolean shared) {
        InteractionHook hook = interaction.getHook();
        TurnResult result;
        try {
            result = conversations.handle(inbound);
        } catch (RuntimeException e) {
            LOG.error("The core failed on a Discord button ({}).", e.getClass().getSimpleName());
            LOG.debug("Core failure", e);
            send(hook, List.of(renderer.notice(phrases.pick(DiscordPhrases.ERROR))), inServer);
            return;
        }
        boolean sentAny = false;
        for (Reply reply : result.replies()) {
            // after a deferred ephemeral reply every answer stays ephemeral; otherwise public is public
            boolean ephemeral = inServer && (shared || reply.visibility() == Visibility.PRIVATE);
            List<MessageCreateData> messages = renderer.render(reply);
            send(hook, messages, ephemeral);
            sentAny |= !messages.isEmpty();
        }
        if (shared && !sentAny) {
            deleteThinking(hook);
        }
    }

    private static boolean isEphemeral(Message message) {
        return message != null && message.isEphemeral();
    }

    private static void send(InteractionHook hook, List<MessageCreateData> messages, boolean ephemeral) {
        try {
            for (MessageCreateData message : messages) {
                hook.sendMessage(message).setEphemeral(ephemeral).complete();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not answer a button: {}", DirectMessages.describe(e));
            LOG.debug("Button answer failure", e);
        }
    }

    private static void deleteThinking(InteractionHook hook) {
        try {
            hook.deleteOriginal().complete();
        } catch (RuntimeException e) {
            LOG.debug("Could not remove the placeholder: {}", DirectMessages.describe(e));
        }
    }

    private void ackFailed(Throwable e) {
        LOG.debug("Could not acknowledge a button: {}", DirectMessages.describe(e));
    }
}
