package dev.hearth.core.safety;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The safety layer's rule over time: no single message need be alarming for a run of hard days to
 * deserve care. Concern is raised when the person's last three moods were the lowest, or when they
 * said they felt hopeless on three different days within two weeks, at most once a day.
 */
public final class TrendRule {
    /** Hopeless on this many different days within the window raises concern. */
    public static final int HOPELESS_DAYS = 3;
    private static final int WINDOW_DAYS = 14;
    private static final Duration QUIET_AFTER_CONCERN = Duration.ofHours(24);

    /**
     * The assessment the trend calls for this turn, or none.
     *
     * @param hopelessDays   days the person felt hopeless, this one included when they do today
     * @param lowMoodStreak  their last three check-in moods were all the lowest
     * @param lastCrisisAt   when the last concern or acute turn was, {@link Instant#EPOCH} for never
     */
    public CrisisAssessment assess(List<LocalDate> hopelessDays, boolean lowMoodStreak, Instant lastCrisisAt,
                                   LocalDate today, Instant now) {
        if (Duration.between(lastCrisisAt, now).compareTo(QUIET_AFTER_CONCERN) < 0) {
            return CrisisAssessment.none();
        }
        if (lowMoodStreak) {
            return new CrisisAssessment(CrisisLevel.CONCERN, CrisisSubject.SELF, "trend.low_moods");
        }
        long recent = hopelessDays.stream().distinct()
                .filter(d -> !d.isBefore(today.minusDays(WINDOW_DAYS - 1)) && !d.isAfter(today)).count();
        if (recent >= HOPELESS_DAYS && hopelessDays.contains(today)) {
            return new CrisisAssessment(CrisisLevel.CONCERN, CrisisSubject.SELF, "trend.hopeless_days");
        }
        return CrisisAssessment.none();
    }
}
