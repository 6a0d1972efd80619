package dev.hearth.core.safety;

import dev.hearth.core.UserRef;

/** Whether a person's last check-in moods were all the lowest, for the {@link TrendRule}. */
@FunctionalInterface
public interface LowMoodStreak {
    /** True when the person's last three moods were all the lowest score. */
    boolean holds(UserRef user);
}
