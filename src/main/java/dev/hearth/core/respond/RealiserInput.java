package dev.hearth.core.respond;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.util.List;

/**
 * What a realiser is given for one conversational turn: who it is for, the planned stage and the
 * strategies the composed reply carries out, the composed (embedded) reply itself, what the person just
 * wrote, and what Hearth remembers of them (the name they gave, topics, goals). Recent turns are not
 * carried here: a realiser that needs them loads them, so the embedded path costs nothing more.
 *
 * @param personText   the message of this turn, cleaned as it is stored
 * @param goals        the texts of their active goals and of the goals stored this turn
 * @param inCrisisCare the turn falls in the care window after a crisis: only the embedded reply is used
 * @param lastCrisisAt when their latest crisis turn was, or {@link Instant#EPOCH} for never
 */
public record RealiserInput(UserRef user, Stage stage, ComposedReply composed, String personText, String name,
                            List<String> topics, List<String> goals, boolean inCrisisCare, Instant lastCrisisAt,
                            Instant now) {
    public RealiserInput {
        topics = List.copyOf(topics);
        goals = List.copyOf(goals);
        name = name == null ? "" : name;
        personText = personText == null ? "" : personText;
    }

    /** The strategies the reply is to carry out, as the composer realised the plan. */
    public List<Strategy> strategies() {
        return composed.strategies();
    }

    /** The parts a model never rephrases: the automated-companion disclosure, when the reply opens with one. */
    public List<String> fixedParts() {
        List<String> parts = composed.parts();
        return parts.size() <= 1 ? List.of() : parts.subList(0, parts.size() - 1);
    }

    /** The composer's reply proper (its last part), which a model may phrase anew. */
    public String draft() {
        List<String> parts = composed.parts();
        return parts.isEmpty() ? "" : parts.get(parts.size() - 1);
    }
}
