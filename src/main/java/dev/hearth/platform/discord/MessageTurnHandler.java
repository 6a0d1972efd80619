package dev.hearth.platform.discord;

import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.Visibility;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers direct messages and server messages that mention Hearth. Shows the typing indicator while
 * the core composes, then delivers by the rule in {@link Conversations}: in a direct message every reply
 * goes back there; in a server a public reply goes to the channel and a private one to the person's
 * direct messages, and if those are closed the channel gets only a short how-to-open sentence.
 */
public final class MessageTurnHandler {
    private static final Logger LOG = LoggerFactory.getLogger(MessageTurnHandler.class);

    private final Conversations conversations;
    private final InboundTranslator translator;
    private final MessageRenderer renderer;
    private final DiscordPhrases phrases;
    private final SerialLanes lanes;

    @Inject
    public MessageTurnHandler(Conversations conversations, InboundTranslator translator, MessageRenderer renderer,
            DiscordPhrases phrases, SerialLanes lanes) {
        this.conversations = conversations;
        this.translator = translator;
        this.renderer = renderer;
        this.phrases = phrases;
        this.lanes = lanes;
    }

    /**
     * Entry point for a received message; returns at once, the turn runs in the person's lane.
     *
     * @return completes when the turn is delivered; already complete when the message is not for Hearth
     */
    public CompletableFuture<Void> onMessage(Message message) {
        User self = message.getJDA().getSelfUser();
        Optional<Inbound> inbound = translator.fromMessage(message, self);
        if (inbound.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return lanes.submit(inbound.get().user().key(), () -> turn(message, inbound.get()));
    }

    private void turn(Message message, Inbound inbound) {
        MessageChannel channel = message.getChannel();
        showTyping(channel);
        TurnResult result;
        try {
            result = conversations.handle(inbound);
        } catch (RuntimeException e) {
            LOG.error("The core failed on a Discord message ({}).", e.getClass().getSimpleName());
            LOG.debug("Core failure", e);
            DirectMessages.sendIn(channel, List.of(renderer.notice(phrases.pick(DiscordPhrases.ERROR))));
            return;
        }
        if (inbound.isPrivate()) {
            for (Reply reply : result.replies()) {
                if (DirectMessages.sendIn(channel, renderer.render(reply)) != DirectMessages.Outcome.SENT) {
                    return;
                }
            }
        } else {
            deliverInServer(message.getAuthor(), channel, result.replies());
        }
    }

    /**
     * Private replies to the person's direct messages first, then public ones to the channel, so the
     * channel is never told "I've messaged you" before that is true.
     */
    private void deliverInServer(User author, MessageChannel channel, List<Reply> replies) {
        boolean sentPrivately = false;
        boolean sentPublicly = false;
        List<Reply> privateFirst = new java.util.ArrayList<>(replies);
        privateFirst.sort(java.util.Comparator.comparing(r -> r.visibility() == Visibility.PUBLIC));
        for (Reply reply : privateFirst) {
            List<MessageCreateData> messages = renderer.render(reply);
            if (reply.visibility() == Visibility.PUBLIC) {
                sentPublicly |= DirectMessages.sendIn(channel, messages) == DirectMessages.Outcome.SENT;
                continue;
            }
            DirectMessages.Outcome outcome = DirectMessages.sendTo(author, messages);
            if (outcome == DirectMessages.Outcome.CLOSED) {
                // nothing personal in the channel: only how to open direct messages, once
                DirectMessages.sendIn(channel, List.of(renderer.notice(phrases.pick(DiscordPhrases.DM_CLOSED))));
                return;
            }
            sentPrivately |= outcome == DirectMessages.Outcome.SENT && !messages.isEmpty();
        }
        if (sentPrivately && !sentPublicly) {
            // otherwise the person sees no answer where they asked
            DirectMessages.sendIn(channel, List.of(renderer.notice(phrases.pick(DiscordPhrases.DM_SENT))));
        }
    }

    private static void showTyping(MessageChannel channel) {
        try {
            // waited for, so the indicator cannot arrive after the reply and linger
            channel.sendTyping().complete();
        } catch (RuntimeException e) {
            LOG.debug("Could not show typing: {}", DirectMessages.describe(e));
        }
    }
}
