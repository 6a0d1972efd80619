package dev.hearth.core;

import java.util.List;
import java.util.Objects;

/** The outcome of one turn: the replies to deliver, in order, and what Hearth understood. */
public record TurnResult(List<Reply> replies, Analysis analysis) {
    public TurnResult {
        replies = List.copyOf(replies);
        Objects.requireNonNull(analysis, "analysis");
    }
}
