package dev.hearth.core.wellbeing;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who opted into the weekly summary and when it is next due. Every method is one transaction. */
public interface SummaryStore {
    /** Turns the weekly summary on, first due at {@code firstDue}. */
    void enableSummary(UserRef user, Instant firstDue);

    /** Turns it off; false when it was not on. */
    boolean disableSummary(UserRef user);

    /** When the person's summary is next due, if it is on. */
    Optional<Instant> summaryDue(UserRef user);

    /** Summaries due at or before {@code now}, earliest first, at most {@code limit}. */
    List<DueSummary> dueSummaries(Instant now, int limit);

    /**
     * Moves the summary from {@code due} to {@code next}; false when another process (or an earlier pass)
     * already did, in which case the caller must not send.
     */
    boolean claimSummary(UserRef user, Instant due, Instant next);

    /** How many of the person's goals were marked done at or after {@code since}. */
    int goalsDoneSince(UserRef user, Instant since);
}
