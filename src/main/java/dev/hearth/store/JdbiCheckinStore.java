package dev.hearth.store;

import static dev.hearth.store.Sql.instant;
import static dev.hearth.store.Sql.isUniqueViolation;
import static dev.hearth.store.Sql.userId;
import static dev.hearth.store.Sql.utc;

import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.CheckinStore;
import dev.hearth.core.checkin.DaySet;
import dev.hearth.core.checkin.DueGoal;
import dev.hearth.core.checkin.DueReminder;
import dev.hearth.core.checkin.GoalAnswer;
import dev.hearth.core.checkin.MoodEntry;
import dev.hearth.core.checkin.MoodSource;
import dev.hearth.core.checkin.Outcome;
import dev.hearth.core.checkin.Recurrence;
import dev.hearth.core.checkin.ReminderSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The core's {@link CheckinStore} on H2 (or PostgreSQL) through Jdbi. Every public method is one
 * transaction. Claims rely on the unique key of {@code checkin_occurrences} and on conditional updates,
 * so several processes may share one database.
 */
public final class JdbiCheckinStore implements CheckinStore {
    /** The longest note kept (the column's size). */
    private static final int MAX_NOTE = 500;

    private final Jdbi jdbi;

    public JdbiCheckinStore(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public Optional<ReminderSettings> reminder(UserRef user) {
        return jdbi.inTransaction(h -> userId(h, user).flatMap(id -> h.createQuery(
                        "SELECT days, local_time, zone, enabled FROM reminder_settings WHERE user_id = :u")
                .bind("u", id)
                .map((rs, ctx) -> new ReminderSettings(recurrence(rs), rs.getBoolean("enabled")))
                .findOne()));
    }

    @Override
    public void saveReminder(UserRef user, Recurrence recurrence, Instant firstDue, Instant now) {
        jdbi.useTransaction(h -> userId(h, user).ifPresent(id -> {
            int updated = h.createUpdate("UPDATE reminder_settings SET days = :days, local_time = :time, "
                            + "zone = :zone, enabled = TRUE, next_due_at = :due, updated_at = :now WHERE user_id = :u")
                    .bind("u", id).bind("days", recurrence.days().wireName()).bind("time", recurrence.time())
                    .bind("zone", recurrence.zone().getId()).bind("due", utc(firstDue)).bind("now", utc(now))
                    .execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO reminder_settings (user_id, days, local_time, zone, enabled, next_due_at, "
                                + "updated_at) VALUES (:u, :days, :time, :zone, TRUE, :due, :now)")
                        .bind("u", id).bind("days", recurrence.days().wireName()).bind("time", recurrence.time())
                        .bind("zone", recurrence.zone().getId()).bind("due", utc(firstDue)).bind("now", utc(now))
                        .execute();
            }
            h.createUpdate("UPDATE users SET timezone = :zone WHERE id = :u")
                    .bind("u", id).bind("zone", recurrence.zone().getId()).execute();
        }));
    }

    @Override
    public boolean disableReminder(UserRef user) {
        return jdbi.inTransaction(h -> userId(h, user).map(id -> h.createUpdate(
                        "UPDATE reminder_settings SET enabled = FALSE WHERE user_id = :u")
                .bind("u", id).execute() > 0).orElse(false));
    }

    @Override
    public List<DueReminder> dueReminders(Instant now, int limit) {
        return jdbi.inTransaction(h -> h.createQuery(
                        "SELECT r.user_id, r.days, r.local_time, r.zone, r.next_due_at, u.platform, u.platform_id, "
                                + "u.paused, u.proactive_ok FROM reminder_settings r JOIN users u ON u.id = r.user_id "
                                + "WHERE r.enabled = TRUE AND r.next_due_at <= :now AND u.unreachable_since IS NULL "
                                + "ORDER BY r.next_due_at, r.user_id FETCH FIRST :n ROWS ONLY")
                .bind("now", utc(now)).bind("n", limit)
                .map((rs, ctx) -> new DueReminder(rs.getLong("user_id"), userRef(rs), recurrence(rs),
                        instant(rs, "next_due_at"), rs.getBoolean("paused"), rs.getBoolean("proactive_ok")))
                .list());
    }

    @Override
    public boolean claimReminder(DueReminder due, Instant nextDue, Outcome outcome, Instant now) {
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("INSERT INTO checkin_occurrences (subject, user_id, due_at, outcome, claimed_at) "
                                + "VALUES (:subject, :u, :due, :outcome, :now)")
                        .bind("subject", "reminder:" + due.reminderId()).bind("u", due.reminderId())
                        .bind("due", utc(due.dueAt())).bind("outcome", outcome.wireName()).bind("now", utc(now))
                        .execute();
                advance(h, due, nextDue);
            });
            return true;
        } catch (JdbiException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // Someone claimed it first; still move on, so this occurrence is not read again.
            jdbi.useTransaction(h -> advance(h, due, nextDue));
            return false;
        }
    }

    private static void advance(Handle h, DueReminder due, Instant nextDue) {
        // Conditional: a process that read a stale row cannot move the reminder backwards.
        h.createUpdate("UPDATE reminder_settings SET next_due_at = :next WHERE user_id = :u AND next_due_at = :due")
                .bind("next", utc(nextDue)).bind("u", due.reminderId()).bind("due", utc(due.dueAt())).execute();
    }

    @Override
    public List<DueGoal> dueGoals(Instant now, int limit) {
        return jdbi.inTransaction(h -> {
            // In the day after a crisis turn no one is asked how a step went: those follow-ups wait a day.
            h.createUpdate("UPDATE goals SET follow_up_at = :later WHERE status = 'active' AND asked_at IS NULL "
                            + "AND follow_up_at <= :now AND user_id IN (SELECT user_id FROM dialogue_state "
                            + "WHERE last_crisis <> 'none' AND last_crisis_at > :since)")
                    .bind("later", utc(now.plus(java.time.Duration.ofDays(1)))).bind("now", utc(now))
                    .bind("since", utc(now.minus(java.time.Duration.ofDays(1)))).execute();
            return h.createQuery(
                        "SELECT g.id, g.text, g.follow_up_at, u.platform, u.platform_id, u.paused, u.proactive_ok "
                                + "FROM goals g JOIN users u ON u.id = g.user_id "
                                + "WHERE g.status = 'active' AND g.asked_at IS NULL AND g.follow_up_at <= :now "
                                + "AND u.unreachable_since IS NULL "
                                + "ORDER BY g.follow_up_at, g.id FETCH FIRST :n ROWS ONLY")
                .bind("now", utc(now)).bind("n", limit)
                .map((rs, ctx) -> new DueGoal(rs.getLong("id"), userRef(rs), rs.getString("text"),
                        instant(rs, "follow_up_at"), rs.getBoolean("paused"), rs.getBoolean("proactive_ok")))
                .list();
        });
    }

    @Override
    public boolean claimGoal(long goalId, Instant now) {
        return jdbi.inTransaction(h -> h.createUpdate(
                        "UPDATE goals SET asked_at = :now WHERE id = :id AND asked_at IS NULL")
                .bind("now", utc(now)).bind("id", goalId).execute() == 1);
    }

    @Override
    public boolean answerGoal(UserRef user, long goalId, GoalAnswer answer, Instant at) {
        return jdbi.inTransaction(h -> userId(h, user).map(id -> h.createUpdate(
                        "UPDATE goals SET status = :status, asked_at = COALESCE(asked_at, :at) "
                                + "WHERE id = :g AND user_id = :u")
                .bind("status", answer.wireName()).bind("at", utc(at)).bind("g", goalId).bind("u", id)
                .execute() == 1).orElse(false));
    }

    @Override
    public boolean recordMood(UserRef user, int score, MoodSource source, Instant at, ZoneId zone) {
        return jdbi.inTransaction(h -> {
            Optional<Long> id = userId(h, user);
            if (id.isEmpty()) {
                return false;
            }
            if (source == MoodSource.CHECKIN) {
                Optional<LastMood> changed = h.createQuery("SELECT id, recorded_at FROM moods "
                                + "WHERE user_id = :u AND source = 'checkin' ORDER BY recorded_at DESC, id DESC "
                                + "FETCH FIRST 1 ROWS ONLY")
                        .bind("u", id.get()).map((rs, ctx) -> new LastMood(rs.getLong("id"), instant(rs, "recorded_at")))
                        .findOne()
                        .filter(m -> !m.at().isAfter(at) && m.at().plus(CHANGE_WINDOW).isAfter(at));
                if (changed.isPresent()) {
                    h.createUpdate("UPDATE moods SET score = :s, recorded_at = :at WHERE id = :id")
                            .bind("s", score).bind("at", utc(at)).bind("id", changed.get().id()).execute();
                    return true;
                }
            }
            h.createUpdate("INSERT INTO moods (user_id, score, source, recorded_at) VALUES (:u, :s, :src, :at)")
                    .bind("u", id.get()).bind("s", score).bind("src", source.wireName()).bind("at", utc(at))
                    .execute();
            return false;
        });
    }

    private record LastMood(long id, Instant at) {
    }

    @Override
    public Optional<Long> lastCheckinMood(UserRef user) {
        return jdbi.inTransaction(h -> userId(h, user).flatMap(id -> h.createQuery("SELECT id FROM moods "
                        + "WHERE user_id = :u AND source = 'checkin' ORDER BY recorded_at DESC, id DESC "
                        + "FETCH FIRST 1 ROWS ONLY")
                .bind("u", id).mapTo(Long.class).findOne()));
    }

    @Override
    public boolean noteMood(UserRef user, long moodId, String note) {
        String text = note.strip();
        String bounded = text.length() > MAX_NOTE ? text.substring(0, MAX_NOTE) : text;
        return jdbi.inTransaction(h -> userId(h, user).map(id -> h.createUpdate(
                        "UPDATE moods SET note = :n WHERE id = :m AND user_id = :u")
                .bind("n", bounded).bind("m", moodId).bind("u", id).execute() == 1).orElse(false));
    }

    @Override
    public List<MoodEntry> moods(UserRef user, Instant since) {
        return jdbi.inTransaction(h -> userId(h, user).map(id -> h.createQuery(
                        "SELECT score, source, recorded_at, note FROM moods WHERE user_id = :u "
                                + "AND recorded_at >= :since ORDER BY recorded_at, id")
                .bind("u", id).bind("since", utc(since))
                .map((rs, ctx) -> new MoodEntry(rs.getInt("score"),
                        MoodSource.valueOf(rs.getString("source").toUpperCase(Locale.ROOT)), instant(rs, "recorded_at"),
                        rs.getString("note")))
                .list()).orElse(List.of()));
    }

    @Override
    public boolean lowStreak(UserRef user) {
        return jdbi.inTransaction(h -> userId(h, user).map(id -> {
            List<Integer> last = h.createQuery("SELECT score FROM moods WHERE user_id = :u "
                            + "ORDER BY recorded_at DESC, id DESC FETCH FIRST 3 ROWS ONLY")
                    .bind("u", id).mapTo(Integer.class).list();
            return last.size() == 3 && last.stream().allMatch(score -> score == 1);
        }).orElse(false));
    }

    private static UserRef userRef(ResultSet rs) throws SQLException {
        return new UserRef(rs.getString("platform"), rs.getString("platform_id"));
    }

    private static Recurrence recurrence(ResultSet rs) throws SQLException {
        DaySet days = DaySet.parse(rs.getString("days")).orElse(DaySet.DAILY);
        return new Recurrence(days, rs.getObject("local_time", LocalTime.class), ZoneId.of(rs.getString("zone")));
    }
}
