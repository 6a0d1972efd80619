package dev.hearth.platform.telegram;

import dev.hearth.core.Inbound;

/** What an update means for Hearth, decided by {@link UpdateTranslator}. */
sealed interface TelegramEvent {

    /** A message for the core: private text, a command, or a mention of the bot or a reply to it in a group. */
    record Said(Inbound inbound, Origin origin) implements TelegramEvent { }

    /**
     * A button pressed. The callback must be answered; the inbound carries the button's id as its action.
     *
     * @param message the pressed message's text and the button's label, or null when Telegram no longer
     *                shows it to the bot
     */
    record Pressed(Inbound inbound, Origin origin, String callbackId, PressedMessage message) implements TelegramEvent { }

    /** A button Hearth cannot act on (an inline message, a game); it is only answered. */
    record Unanswerable(String callbackId) implements TelegramEvent { }

    /** The person blocked the bot in their private chat. */
    record Blocked(long userId) implements TelegramEvent { }

    /** Nothing for Hearth: group chatter, edits, channel posts, other bots. Never stored. */
    record Ignored() implements TelegramEvent { }

    /** The message under a pressed button, to edit after the choice. */
    record PressedMessage(int messageId, String text, String label) { }
}
