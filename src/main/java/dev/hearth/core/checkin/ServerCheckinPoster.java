package dev.hearth.core.checkin;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Outbox;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.TurnPhraseChooser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The scheduler's part for server and group check-ins: claims each due occurrence under its unique key
 * (so one post per occurrence, whatever the number of processes) and posts the prompt with its mood
 * buttons to the channel. Same rules as personal check-ins: sent up to {@link CheckinScheduler#GRACE}
 * late, skipped after that, and a schedule moves on from the oldest moment still worth sending.
 */
public final class ServerCheckinPoster {
    private final ServerCheckinStore store;
    private final PhraseBook phrases;

    public ServerCheckinPoster(ServerCheckinStore store, PhraseBook phrases) {
        this.store = store;
        this.phrases = phrases;
    }

    /**
     * One pass over the due schedules.
     *
     * @param counts outcomes are added here
     * @return how many occurrences another process had claimed first
     */
    int runDue(Instant now, Map<String, Outbox> outboxes, Map<Outcome, Integer> counts, int batch, int maxBatches) {
        int lost = 0;
        for (int round = 0; round < maxBatches; round++) {
            List<ServerSchedule> due = store.dueSchedules(now, batch);
            for (ServerSchedule schedule : due) {
                lost += post(schedule, now, outboxes.get(schedule.platform()), counts) ? 0 : 1;
            }
            if (due.size() < batch) {
                break;
            }
        }
        return lost;
    }

    private boolean post(ServerSchedule schedule, Instant now, Outbox outbox, Map<Outcome, Integer> counts) {
        Outcome outcome = Duration.between(schedule.nextDue(), now).compareTo(CheckinScheduler.GRACE) > 0
                ? Outcome.LATE : outbox == null ? Outcome.UNREACHABLE : Outcome.SENT;
        Instant from = schedule.nextDue().isAfter(now.minus(CheckinScheduler.GRACE))
                ? schedule.nextDue() : now.minus(CheckinScheduler.GRACE);
        OptionalLong claimed = store.claimSchedule(schedule, schedule.recurrence().nextAfter(from), outcome, now);
        if (claimed.isEmpty()) {
            return false;
        }
        counts.merge(outcome, 1, Integer::sum);
        if (outcome == Outcome.SENT) {
            // Varies Hearth's own wording from day to day without storing what was sent.
            TurnPhraseChooser chooser = new TurnPhraseChooser(phrases, Set.of(),
                    schedule.id() * 31L + schedule.nextDue().getEpochSecond() / 86_400);
            outbox.sendToChannel(new ConversationRef(schedule.platform(), schedule.channel()),
                    ServerCheckinReplies.post(claimed.getAsLong(), schedule.prompt(), chooser));
        }
        return true;
    }
}
