package dev.hearth.core.safety;

import dev.hearth.core.Outbox;
import dev.hearth.core.Outboxes;
import dev.hearth.core.Reply;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.TurnPhraseChooser;
import dev.hearth.core.wellbeing.SafetyPlanCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * After a crisis turn Hearth checks in once, later that day: a few hours after, at a waking hour in
 * the person's time zone, only for people who allow proactive messages and have not paused them. Each
 * check-in is claimed in the store first, so restarts and several processes never send it twice.
 */
public final class CrisisCheckIns {
    /** How long after the crisis turn the check-in becomes due. */
    public static final Duration AFTER = Duration.ofHours(3);
    /** After this long the moment has passed; the person's next message gets care instead. */
    public static final Duration UNTIL = Duration.ofHours(20);
    private static final LocalTime WAKING = LocalTime.of(9, 0);
    private static final LocalTime BEDTIME = LocalTime.of(21, 30);

    private final PersonStore store;
    private final Outboxes outboxes;
    private final PhraseBook phrases;
    private final CrisisCare care = new CrisisCare();
    private final Clock clock;

    /** @param outboxes the running platforms' outboxes */
    public CrisisCheckIns(PersonStore store, Outboxes outboxes, PhraseBook phrases, Clock clock) {
        this.store = store;
        this.outboxes = outboxes;
        this.phrases = phrases;
        this.clock = clock;
    }

    /** Sends every check-in that is due now; returns how many were sent. */
    public int runDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (CrisisCheckInDue due : store.crisisCheckInsDue(now.minus(UNTIL), now.minus(AFTER))) {
            LocalTime local = now.atZone(due.zone()).toLocalTime();
            Outbox outbox = outboxes.forPlatform(due.user().platform()).orElse(null);
            if (local.isBefore(WAKING) || local.isAfter(BEDTIME) || outbox == null) {
                continue;
            }
            if (!store.claimCrisisCheckIn(due.user(), due.crisisAt(), now)) {
                continue; // another process, or an earlier pass, already sent it
            }
            Set<String> recent = new HashSet<>();
            due.recentPhrases().forEach(entry -> recent.add(entry.substring(entry.indexOf('|') + 1)));
            TurnPhraseChooser chooser = new TurnPhraseChooser(phrases, recent, now.toEpochMilli());
            // Hours later, once care has been given: the safety plan is offered beside the check-in.
            outbox.sendPrivately(due.user(), Reply.text(care.followUp(CrisisCare.FollowUp.CHECK_IN, due.name(),
                    chooser)).withButtons(List.of(SafetyPlanCommands.offerButton(chooser))));
            sent++;
        }
        return sent;
    }
}
