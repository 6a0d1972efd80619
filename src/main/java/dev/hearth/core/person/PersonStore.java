package dev.hearth.core.person;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Per-person state, owned by the core and implemented by the store (H2 by default). Every method is
 * one transaction; a failure leaves what was stored as it was.
 */
public interface PersonStore {
    /** The person's snapshot, or a newcomer's (not yet stored) if Hearth has not met them. */
    PersonSnapshot load(UserRef user, ZoneId defaultZone, Instant now);

    /** Writes one turn: profile, state, messages, goals and crisis event, all or nothing. */
    void record(TurnRecord turn);

    /** The person's goals, newest first. */
    List<StoredGoal> goals(UserRef user);

    /** Sets or clears the pause on proactive messages, storing someone new first. */
    void setPaused(UserRef user, boolean paused);

    /**
     * Records that the platform cannot deliver to the person (they blocked the bot): proactive messages
     * skip them until their next turn clears it.
     */
    void markUnreachable(UserRef user, Instant at);

    /** Crisis events of at least {@code concern} since the given time, for trend rules. */
    int crisisEventsSince(UserRef user, Instant since);

    /**
     * People whose latest crisis turn (concern or acute) fell between {@code from} and {@code to}, who
     * have not written since {@code to} (no check-in in the middle of a conversation), have had no
     * check-in since it, allow proactive messages and have not paused them.
     */
    List<dev.hearth.core.safety.CrisisCheckInDue> crisisCheckInsDue(Instant from, Instant to);

    /** Claims the check-in after the crisis turn at {@code crisisAt}; false if it was already claimed. */
    boolean claimCrisisCheckIn(UserRef user, Instant crisisAt, Instant now);

    /** Deletes everything stored about the person, in every table, in one transaction. */
    void forget(UserRef user);

    /** Everything stored about the person as one JSON document (profile, state, messages, goals, events). */
    byte[] exportJson(UserRef user);
}
