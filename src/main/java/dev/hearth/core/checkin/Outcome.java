package dev.hearth.core.checkin;

import java.util.Locale;

/** What became of a claimed occurrence; stored with the claim. */
public enum Outcome {
    /** Sent on time or a little late. */
    SENT,
    /** More than the grace period late (Hearth was down): skipped, never sent. */
    LATE,
    /** The person paused Hearth or does not allow it to write first. */
    HELD,
    /** No outbox for the person's platform is running. */
    UNREACHABLE;

    /** The stored name. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
