package dev.hearth.core.command;

import dev.hearth.core.Inbound;
import dev.hearth.core.TurnResult;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.respond.PhraseChooser;
import java.util.List;
import java.util.Optional;

/**
 * A feature's own commands and buttons, plugged into the shared command layer (check-ins add
 * {@code /reminders}, {@code /mood}, {@code /checkin-setup} …). A handler's spec replaces a core spec of the
 * same name, so a feature that lands completes the command that said it was coming.
 */
public interface CommandHandler {
    /** The commands this handler answers, as menus show them. */
    List<CommandSpec> specs();

    /**
     * Answers a command of this handler's; empty when the name is not its own.
     *
     * @param name the command name, lower case with hyphens
     * @param args what followed the name, stripped (may be empty)
     */
    Optional<TurnResult> command(String name, String args, Inbound inbound, PersonSnapshot snapshot,
                                 PhraseChooser chooser);

    /** Answers a button press whose id is this handler's (e.g. {@code mood:3}); empty otherwise. */
    Optional<TurnResult> action(String actionId, Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser);

    /**
     * Answers a plain private message that answers a question this handler asked (a note after a
     * check-in, a safety plan step); empty when it waits for nothing. Called after the safety layer
     * found no crisis in the message, and never for commands or messages in shared channels.
     */
    default Optional<TurnResult> awaitedAnswer(Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        return Optional.empty();
    }
}
