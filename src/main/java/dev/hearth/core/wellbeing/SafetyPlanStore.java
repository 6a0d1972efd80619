package dev.hearth.core.wellbeing;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.util.Map;

/** A person's safety plan: their own words per step. Shown only to them. */
public interface SafetyPlanStore {
    /** The answered steps, by step number, in order; empty when there is none. */
    Map<Integer, String> plan(UserRef user);

    /** Stores (or replaces) the answer to one step. */
    void saveStep(UserRef user, int step, String answer, Instant at);

    /** Deletes one step's answer (the person cleared it). */
    void clearStep(UserRef user, int step);
}
