package dev.hearth.core.checkin;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Server and group check-ins, owned by the core and implemented by the store: schedules, claimed
 * occurrences, members' answers and members' follow-up choice. Every method is one transaction.
 * Deleting a schedule or a whole space deletes its occurrences and answers with it.
 */
public interface ServerCheckinStore {
    /** Stores a new schedule, created by this person (unlinked if they are forgotten); returns its id. */
    long createSchedule(ServerSchedule schedule, UserRef createdBy, Instant now);

    /** The schedules of one server or group, oldest first (the order {@code /checkins} numbers them). */
    List<ServerSchedule> schedules(String platform, String space);

    /** Pauses or resumes a schedule; on resume its next occurrence becomes {@code nextDue}. */
    boolean setPaused(long scheduleId, boolean paused, Instant nextDue);

    /** Deletes a schedule with its occurrences and answers; false when it did not exist. */
    boolean deleteSchedule(long scheduleId);

    /** Deletes every schedule of a server or group with their occurrences and answers; how many schedules. */
    int deleteSpace(String platform, String space);

    /**
     * Deletes a member's answers to the check-ins of one server or group (they left it); how many.
     * Their answers elsewhere and their follow-up choice stay.
     */
    int forgetMember(String space, UserRef member);

    /** Schedules not paused whose next occurrence is at or before {@code now}, earliest first. */
    List<ServerSchedule> dueSchedules(Instant now, int limit);

    /**
     * Claims the schedule's occurrence under its unique key and moves the schedule to {@code nextDue},
     * together. Returns the occurrence's id when this call claimed it; empty when someone else had (the
     * schedule is still moved on, and the caller must not post).
     */
    OptionalLong claimSchedule(ServerSchedule due, Instant nextDue, Outcome outcome, Instant now);

    /** The occurrence with this id and its schedule, if both still exist. */
    Optional<ServerOccurrence> occurrence(long occurrenceId);

    /**
     * Records a member's answer to an occurrence, replacing an earlier answer of theirs to the same one.
     *
     * @return true when it replaced an earlier answer
     */
    boolean answer(long occurrenceId, UserRef member, int score, Instant at);

    /** The answers to a space's check-ins due at or after {@code since}. */
    List<AnswerFact> answers(String platform, String space, Instant since);

    /**
     * Deletes occurrences (with their answers) due before {@code cutoff}: statistics look back 30 days,
     * so older answers serve nothing. Returns how many occurrences went.
     */
    int purgeOccurrencesBefore(Instant cutoff);

    /** True when the member asked for no private follow-ups after their answers. */
    boolean followUpsOff(UserRef member);

    /** Stores the member's follow-up choice (they must be stored already). */
    void setFollowUpsOff(UserRef member, boolean off, Instant now);
}
