package dev.hearth.core.wellbeing;

import dev.hearth.core.Outbox;
import dev.hearth.core.Outboxes;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.TurnPhraseChooser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the weekly summaries that are due, through each platform's outbox. Each is claimed in the
 * store first (its due time moves on a week), so two processes or a restart never send it twice. A
 * summary more than {@link #GRACE} late, for someone who paused Hearth, or on a platform that is not
 * running is skipped to the next week.
 */
public final class WeeklySummaries {
    /** How late a summary may still go. */
    public static final Duration GRACE = Duration.ofHours(6);
    private static final int BATCH = 200;

    private final SummaryStore store;
    private final WeeklySummary summary;
    private final Outboxes outboxes;
    private final PhraseBook phrases;
    private final Clock clock;

    public WeeklySummaries(SummaryStore store, WeeklySummary summary, Outboxes outboxes, PhraseBook phrases,
                           Clock clock) {
        this.store = store;
        this.summary = summary;
        this.outboxes = outboxes;
        this.phrases = phrases;
        this.clock = clock;
    }

    /** One pass; returns how many summaries were sent. */
    public int runDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (DueSummary due : store.dueSummaries(now, BATCH)) {
            Instant next = WeeklySummary.nextDue(later(due.dueAt(), now), due.zone());
            if (!store.claimSummary(due.user(), due.dueAt(), next)) {
                continue;
            }
            Optional<Outbox> outbox = outboxes.forPlatform(due.user().platform());
            boolean late = Duration.between(due.dueAt(), now).compareTo(GRACE) > 0;
            if (outbox.isEmpty() || late || !due.mayWrite()) {
                continue;
            }
            TurnPhraseChooser chooser = new TurnPhraseChooser(phrases, Set.of(),
                    due.user().key().hashCode() * 31L + due.dueAt().getEpochSecond() / 86_400);
            outbox.get().sendPrivately(due.user(), summary.render(due.user(), due.zone(), now, chooser));
            sent++;
        }
        return sent;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
