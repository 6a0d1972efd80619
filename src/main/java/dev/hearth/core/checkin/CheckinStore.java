package dev.hearth.core.checkin;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Check-in state, owned by the core and implemented by the store. Every method is one transaction.
 * Methods about a person do nothing (or return nothing) for someone Hearth has not stored.
 */
public interface CheckinStore {
    /** The person's reminder, on or off, if they ever set one. */
    Optional<ReminderSettings> reminder(UserRef user);

    /**
     * Turns the person's reminder on with these settings; its first occurrence is {@code firstDue}. Also
     * remembers the zone as the person's time zone.
     */
    void saveReminder(UserRef user, Recurrence recurrence, Instant firstDue, Instant now);

    /** Turns the person's reminder off, keeping its settings; false when they had none. */
    boolean disableReminder(UserRef user);

    /** Enabled reminders due at or before {@code now}, earliest first, at most {@code limit}. */
    List<DueReminder> dueReminders(Instant now, int limit);

    /**
     * Claims the occurrence under its unique key and moves the reminder to {@code nextDue}, together.
     * When another process (or this one before a restart) already claimed it, only moves the reminder on
     * and returns false: the caller must not send.
     */
    boolean claimReminder(DueReminder due, Instant nextDue, Outcome outcome, Instant now);

    /** Active goals whose follow-up is due at or before {@code now} and not yet claimed, earliest first. */
    List<DueGoal> dueGoals(Instant now, int limit);

    /** Marks the goal's follow-up as claimed; false when someone already did. */
    boolean claimGoal(long goalId, Instant now);

    /** Sets the status of one of the person's own goals; false when it is not theirs or does not exist. */
    boolean answerGoal(UserRef user, long goalId, GoalAnswer answer, Instant at);

    /** How soon a second check-in answer counts as a change of mind rather than a new check-in. */
    java.time.Duration CHANGE_WINDOW = java.time.Duration.ofMinutes(15);

    /**
     * Records a mood. Every check-in is kept with its time, several a day; a check-in answer within
     * {@link #CHANGE_WINDOW} of the last one replaces it (the person changed their answer, its note
     * stays). Other sources always add.
     *
     * @param zone the person's zone (kept for callers; the day no longer decides)
     * @return true when it replaced the answer just given
     */
    boolean recordMood(UserRef user, int score, MoodSource source, Instant at, ZoneId zone);

    /** The id of the person's latest check-in mood, if any. */
    Optional<Long> lastCheckinMood(UserRef user);

    /** Stores the person's note on one of their own moods; false when it is not theirs or does not exist. */
    boolean noteMood(UserRef user, long moodId, String note);

    /** The person's moods recorded at or after {@code since}, oldest first. */
    List<MoodEntry> moods(UserRef user, Instant since);

    /**
     * True when the person's last three moods are all the lowest (1). For the safety layer: a run of
     * very hard days deserves gentle care and the crisis lines.
     */
    boolean lowStreak(UserRef user);
}
