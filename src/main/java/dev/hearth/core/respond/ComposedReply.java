package dev.hearth.core.respond;

import java.util.List;

/**
 * The compose stage's output: the reply's parts (a disclosure first, when due, then the reply), the
 * strategies the reply actually carried out, the phrase ids used, and the suggestion offered (its
 * phrase id, empty when none) so a refusal can be remembered.
 */
public record ComposedReply(List<String> parts, List<Strategy> strategies, List<String> phraseIds,
                            String suggestionId) {
    public ComposedReply {
        parts = List.copyOf(parts);
        strategies = List.copyOf(strategies);
        phraseIds = List.copyOf(phraseIds);
        suggestionId = suggestionId == null ? "" : suggestionId;
    }
}
