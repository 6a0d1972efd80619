package dev.hearth.platform.telegram;

import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.Visibility;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;

/**
 * How the private answer to a button pressed in a group reaches only the presser: its first words as
 * the callback's answer (a notice only they see, even if they never opened a private chat with Hearth),
 * and whatever did not fit there (more text, buttons such as an offer's, attachments) in their private
 * chat. Nothing private goes to the group.
 */
final class GroupPressAnswer {
    /** Telegram shows at most this many characters in a callback answer. */
    static final int MAX_CALLBACK_TEXT = 200;

    private GroupPressAnswer() {
    }

    /** The callback answer: the first private reply's first part, shortened to fit, as an alert. */
    static AnswerCallbackQuery callback(String callbackId, TurnResult result) {
        List<Reply> privately = privateReplies(result);
        if (privately.isEmpty() || privately.get(0).parts().isEmpty()) {
            return new AnswerCallbackQuery(callbackId);
        }
        String text = privately.get(0).parts().get(0).strip();
        if (text.length() > MAX_CALLBACK_TEXT) {
            text = text.substring(0, MAX_CALLBACK_TEXT - 1) + "…";
        }
        return AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).showAlert(true).build();
    }

    /** The replies still to deliver: all but a first private reply that the callback showed in full. */
    static TurnResult rest(TurnResult result) {
        List<Reply> rest = new ArrayList<>();
        boolean shownInFull = false;
        for (Reply reply : result.replies()) {
            if (!shownInFull && reply.visibility() == Visibility.PRIVATE) {
                shownInFull = true;
                boolean fits = reply.parts().size() == 1 && reply.parts().get(0).strip().length() <= MAX_CALLBACK_TEXT
                        && reply.buttons().isEmpty() && reply.attachments().isEmpty();
                if (fits) {
                    continue;
                }
            }
            rest.add(reply);
        }
        return new TurnResult(rest, result.analysis());
    }

    private static List<Reply> privateReplies(TurnResult result) {
        return result.replies().stream().filter(r -> r.visibility() == Visibility.PRIVATE).toList();
    }
}
