package dev.hearth.checkin;

import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.DaySet;
import dev.hearth.core.checkin.DueReminder;
import dev.hearth.core.checkin.MoodSource;
import dev.hearth.core.checkin.Outcome;
import dev.hearth.core.checkin.Recurrence;
import dev.hearth.core.outbox.OutboundMessage;
import dev.hearth.core.outbox.Recipient;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiCheckinStore;
import dev.hearth.store.JdbiOutboxStore;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Puts one row for a stored person into every check-in table that holds people, for tests of export
 * and forget (the store's coverage test calls it too).
 */
public final class CheckinFixtures {
    private CheckinFixtures() {
    }

    /** The person must already be stored. */
    public static void fillEveryCheckinTable(Database database, UserRef user, Instant now) {
        JdbiCheckinStore checkins = new JdbiCheckinStore(database);
        Recurrence nine = new Recurrence(DaySet.DAILY, LocalTime.of(9, 0), ZoneOffset.UTC);
        checkins.saveReminder(user, nine, now, now);
        checkins.recordMood(user, 3, MoodSource.CHECKIN, now, ZoneOffset.UTC);
        DueReminder due = checkins.dueReminders(now, 1).get(0);
        checkins.claimReminder(due, nine.nextAfter(now), Outcome.SENT, now);
        // Server answers have no store method yet (server-wide check-ins are not built); a row as they would be.
        database.jdbi().useHandle(h -> h.execute("INSERT INTO checkin_answers (occurrence_id, user_id, score, "
                + "answered_at) SELECT id, user_id, 4, ? FROM checkin_occurrences", now.atOffset(ZoneOffset.UTC)));
        new JdbiOutboxStore(database).add(new OutboundMessage(new Recipient.Person(user), Reply.text("How are you?")),
                now, now.plusSeconds(3600));
        database.jdbi().useHandle(h -> h.execute("INSERT INTO checkin_members (user_id, followups_off, updated_at) "
                + "SELECT id, TRUE, ? FROM users WHERE platform = ? AND platform_id = ?", now.atOffset(ZoneOffset.UTC),
                user.platform(), user.id()));
    }
}
