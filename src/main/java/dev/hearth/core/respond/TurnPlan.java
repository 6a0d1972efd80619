package dev.hearth.core.respond;

import java.util.List;
import java.util.Objects;

/**
 * The plan stage's decision for one reply: the stage the conversation moves to, the moves the reply
 * makes in order, and what the person's state learns (a declined suggestion, a wish only to vent).
 *
 * @param declinedLastSuggestion the person turned down the suggestion in the previous reply
 * @param ventOnly               the person wants to be listened to without suggestions
 */
public record TurnPlan(Stage stage, List<Move> moves, boolean declinedLastSuggestion, boolean ventOnly) {
    public TurnPlan {
        Objects.requireNonNull(stage, "stage");
        moves = List.copyOf(moves);
    }
}
