package dev.hearth.core.respond;

import dev.hearth.core.person.StoredMessage;
import java.util.List;

/**
 * Everything a language model is given for one reply, and nothing else: the planned stage and
 * strategies, the embedded draft to phrase anew, what Hearth remembers (name, topics, goals), and the
 * recent turns, oldest first, ending with the person's message of this turn. Turns from a crisis, or
 * from its care window, are never in it.
 */
public record ModelPrompt(Stage stage, List<Strategy> strategies, String draft, String name, List<String> topics,
                          List<String> goals, List<StoredMessage> turns) {
    public ModelPrompt {
        strategies = List.copyOf(strategies);
        topics = List.copyOf(topics);
        goals = List.copyOf(goals);
        turns = List.copyOf(turns);
        name = name == null ? "" : name;
    }

    /** True when the plan offers a suggestion this turn; otherwise the model must give no advice. */
    public boolean suggests() {
        return strategies.contains(Strategy.SUGGESTION);
    }

    /** True when the reply is to ask the person something (at most one question). */
    public boolean asks() {
        return strategies.contains(Strategy.QUESTION);
    }
}
