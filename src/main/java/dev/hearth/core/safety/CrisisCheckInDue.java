package dev.hearth.core.safety;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A person owed a gentle check-in after a crisis turn: who, what to call them, their time zone, when
 * the crisis turn was, and the phrase ids they heard recently (so the check-in does not repeat one).
 */
public record CrisisCheckInDue(UserRef user, String name, ZoneId zone, Instant crisisAt, List<String> recentPhrases) {
    public CrisisCheckInDue {
        recentPhrases = List.copyOf(recentPhrases);
    }
}
