package dev.hearth.core;

/**
 * The core's single entry point for everything a person does: every adapter turns a platform event
 * into an {@link Inbound} and delivers the {@link TurnResult}'s replies.
 *
 * <p>Delivery rule for adapters: a {@link Visibility#PUBLIC} reply goes to the conversation the inbound
 * came from; a {@link Visibility#PRIVATE} reply to a public inbound goes to the person privately (a
 * direct message, a private chat, or an ephemeral reply), never to the shared channel.
 *
 * <p>Implementations are thread-safe; turns of one person are handled one at a time.
 */
public interface Conversations {
    /** Handles one message, command or button press; never throws for bad input. */
    TurnResult handle(Inbound inbound);
}
