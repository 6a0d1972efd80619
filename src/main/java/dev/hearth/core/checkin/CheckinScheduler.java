package dev.hearth.core.checkin;

import dev.hearth.core.Outbox;
import dev.hearth.core.Outboxes;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.TurnPhraseChooser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends what is due: personal check-ins and goal follow-ups, earliest first, then server and group
 * check-ins when a {@link ServerCheckinPoster} is given. Each occurrence is claimed
 * in the store under its unique key before it is sent, so two processes on one database, or one
 * process before and after a restart, never send it twice (at most once: a crash between claim and send
 * loses that one message rather than repeating it). An occurrence missed by less than {@link #GRACE} is
 * sent late; an older one is skipped. Nothing is sent to a person who paused Hearth or does not allow
 * it to write first. One {@link #runDue()} is one pass; a thread outside the core calls it regularly.
 */
public final class CheckinScheduler {
    /** How late a missed occurrence may still be sent. */
    public static final Duration GRACE = Duration.ofHours(2);
    private static final int BATCH = 500;
    /** Bounds one pass; what is left is taken by the next. */
    private static final int MAX_BATCHES = 200;

    private final CheckinStore store;
    private final Map<String, Outbox> outboxes;
    private final PhraseBook phrases;
    private final Clock clock;
    private final Optional<ServerCheckinPoster> servers;

    /** Personal check-ins and goal follow-ups only. */
    public CheckinScheduler(CheckinStore store, Set<Outbox> outboxes, PhraseBook phrases, Clock clock) {
        this(store, outboxes, phrases, clock, Optional.empty());
    }

    /**
     * @param outboxes one per running platform, keyed by {@link Outbox#platform()}
     * @param servers  server and group check-ins, posted after the personal ones in each pass
     */
    public CheckinScheduler(CheckinStore store, Set<Outbox> outboxes, PhraseBook phrases, Clock clock,
                            Optional<ServerCheckinPoster> servers) {
        this.store = store;
        this.outboxes = Outboxes.of(outboxes).byPlatform();
        this.phrases = phrases;
        this.clock = clock;
        this.servers = servers;
    }

    /** One pass over everything due now. */
    public TickReport runDue() {
        Instant now = clock.instant();
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        int lost = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<DueReminder> due = store.dueReminders(now, BATCH);
            for (DueReminder reminder : due) {
                lost += reminder(reminder, now, counts) ? 0 : 1;
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<DueGoal> due = store.dueGoals(now, BATCH);
            for (DueGoal goal : due) {
                lost += goal(goal, now, counts) ? 0 : 1;
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        if (servers.isPresent()) {
            lost += servers.get().runDue(now, outboxes, counts, BATCH, MAX_BATCHES);
        }
        return new TickReport(counts, lost);
    }

    private boolean reminder(DueReminder due, Instant now, Map<Outcome, Integer> counts) {
        Optional<Outbox> outbox = Optional.ofNullable(outboxes.get(due.user().platform()));
        Outcome outcome = outcome(due.dueAt(), now, due.mayWrite(), outbox.isPresent());
        // Past the grace period, move on from the oldest moment still worth sending, not from the missed one.
        Instant from = later(due.dueAt(), now.minus(GRACE));
        Instant next = due.recurrence().nextAfter(from);
        if (!store.claimReminder(due, next, outcome, now)) {
            return false;
        }
        counts.merge(outcome, 1, Integer::sum);
        if (outcome == Outcome.SENT) {
            outbox.get().sendPrivately(due.user(), CheckinReplies.checkinPrompt(chooser(due.user(), due.dueAt())));
        }
        return true;
    }

    private boolean goal(DueGoal due, Instant now, Map<Outcome, Integer> counts) {
        Optional<Outbox> outbox = Optional.ofNullable(outboxes.get(due.user().platform()));
        Outcome outcome = outcome(due.dueAt(), now, due.mayWrite(), outbox.isPresent());
        if (!store.claimGoal(due.goalId(), now)) {
            return false;
        }
        counts.merge(outcome, 1, Integer::sum);
        if (outcome == Outcome.SENT) {
            Reply reply = CheckinReplies.goalFollowUp(due.goalId(), due.text(), chooser(due.user(), due.dueAt()));
            outbox.get().sendPrivately(due.user(), reply);
        }
        return true;
    }

    private static Outcome outcome(Instant due, Instant now, boolean mayWrite, boolean reachable) {
        if (!mayWrite) {
            return Outcome.HELD;
        }
        if (Duration.between(due, now).compareTo(GRACE) > 0) {
            return Outcome.LATE;
        }
        return reachable ? Outcome.SENT : Outcome.UNREACHABLE;
    }

    private TurnPhraseChooser chooser(UserRef user, Instant due) {
        // Varies the wording from one day to the next without storing what was sent.
        return new TurnPhraseChooser(phrases, Set.of(), user.key().hashCode() * 31L + due.getEpochSecond() / 86_400);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
