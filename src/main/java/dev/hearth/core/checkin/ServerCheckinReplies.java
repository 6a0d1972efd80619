package dev.hearth.core.checkin;

import dev.hearth.core.Button;
import dev.hearth.core.Reply;
import dev.hearth.core.respond.PhraseChooser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The public server check-in post (the admin's prompt, or Hearth's, with five mood buttons) and the
 * ids of its buttons: {@code smood:<occurrence id>:<score>}, so a press names its occurrence after a
 * restart. The post carries nothing personal.
 */
public final class ServerCheckinReplies {
    /** Prefix of the server mood buttons. */
    public static final String PREFIX = "smood:";
    /** The button under a low-mood follow-up that turns follow-ups off. */
    public static final String QUIET = "smood:quiet";

    private ServerCheckinReplies() {
    }

    /** The public post for an occurrence. */
    public static Reply post(long occurrenceId, String prompt, PhraseChooser chooser) {
        List<Button> buttons = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            buttons.add(new Button(PREFIX + occurrenceId + ":" + score, chooser.choose("button.mood." + score)));
        }
        String text = prompt.isBlank() ? chooser.choose("server.prompt") : prompt;
        return Reply.text(text).withButtons(buttons).asPublic();
    }

    /** A press read back: the occurrence and score, or empty when the id is not a server mood button. */
    static Optional<Press> parse(String actionId) {
        if (!actionId.startsWith(PREFIX) || actionId.equals(QUIET)) {
            return Optional.empty();
        }
        String[] fields = actionId.substring(PREFIX.length()).split(":");
        if (fields.length != 2) {
            return Optional.empty();
        }
        OptionalLong occurrence = number(fields[0]);
        OptionalInt score = number(fields[1]).stream().mapToInt(n -> (int) n).filter(n -> n >= 1 && n <= 5)
                .findFirst();
        if (occurrence.isEmpty() || score.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Press(occurrence.getAsLong(), score.getAsInt()));
    }

    private static OptionalLong number(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** A member's press on a server check-in. */
    record Press(long occurrenceId, int score) {
    }
}
