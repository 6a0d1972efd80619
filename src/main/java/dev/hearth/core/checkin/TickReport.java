package dev.hearth.core.checkin;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one pass of the scheduler did: how many occurrences it claimed with each outcome, and how many
 * it found already claimed by another process.
 */
public record TickReport(Map<Outcome, Integer> outcomes, int alreadyClaimed) {
    public TickReport {
        EnumMap<Outcome, Integer> copy = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            copy.put(o, outcomes.getOrDefault(o, 0));
        }
        outcomes = Map.copyOf(copy);
    }

    /** How many were claimed with this outcome. */
    public int count(Outcome outcome) {
        return outcomes.get(outcome);
    }

    /** True when the pass claimed nothing and lost no race. */
    public boolean isEmpty() {
        return alreadyClaimed == 0 && outcomes.values().stream().allMatch(n -> n == 0);
    }
}
