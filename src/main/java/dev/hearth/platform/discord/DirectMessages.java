package dev.hearth.platform.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends messages to a channel or to a person's direct messages and says how it went, telling closed
 * direct messages (Discord error 50007) apart from other failures. Blocking: call it from a
 * {@link SerialLanes} task, never from a Discord event or callback thread.
 */
final class DirectMessages {
    private static final Logger LOG = LoggerFactory.getLogger(DirectMessages.class);

    /** How a delivery went. */
    enum Outcome {
        SENT,
        /** The person does not accept direct messages from Hearth (error 50007). */
        CLOSED,
        /** Discord had a server error, or the request timed out or lost its connection: worth a retry. */
        TRANSIENT,
        /** Discord refused it for a reason that will not pass (unknown channel, missing access). */
        FAILED
    }

    private DirectMessages() {
    }

    /** Opens the person's direct-message channel; Discord allows this even when their DMs are closed. */
    static PrivateChannel open(User user) {
        return user.openPrivateChannel().complete();
    }

    /** Sends the messages, in order, to the person's direct messages. */
    static Outcome sendTo(User user, List<MessageCreateData> messages) {
        if (messages.isEmpty()) {
            return Outcome.SENT;
        }
        try {
            return sendIn(open(user), messages);
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    /** Sends the messages, in order, to the channel; stops at the first failure. */
    static Outcome sendIn(MessageChannel channel, List<MessageCreateData> messages) {
        try {
            for (MessageCreateData message : messages) {
                channel.sendMessage(message).complete();
            }
            return Outcome.SENT;
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    private static Outcome failure(RuntimeException e) {
        if (e instanceof ErrorResponseException error && error.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
            LOG.debug("A person's direct messages are closed to Hearth.");
            return Outcome.CLOSED;
        }
        LOG.warn("Discord refused a message: {}", describe(e));
        LOG.debug("Discord send failure", e);
        return isTransient(e) ? Outcome.TRANSIENT : Outcome.FAILED;
    }

    /**
     * A server error, a timeout or a lost connection rather than a refusal. JDA refuses before sending,
     * for good, with a permission exception (Hearth lost Send Messages) or an argument or state error.
     */
    static boolean isTransient(RuntimeException e) {
        if (e instanceof ErrorResponseException error) {
            return error.isServerError();
        }
        return !(e instanceof PermissionException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException);
    }

    /** A short, text-free description of a Discord failure for the log. */
    static String describe(Throwable e) {
        if (e instanceof ErrorResponseException error) {
            return error.getErrorCode() + " " + error.getErrorResponse();
        }
        return e.getClass().getSimpleName();
    }
}
