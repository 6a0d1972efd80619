package dev.hearth.store;

import static dev.hearth.store.Sql.instant;
import static dev.hearth.store.Sql.isUniqueViolation;
import static dev.hearth.store.Sql.userId;
import static dev.hearth.store.Sql.utc;

import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.AnswerFact;
import dev.hearth.core.checkin.DaySet;
import dev.hearth.core.checkin.Outcome;
import dev.hearth.core.checkin.Recurrence;
import dev.hearth.core.checkin.ServerCheckinStore;
import dev.hearth.core.checkin.ServerOccurrence;
import dev.hearth.core.checkin.ServerSchedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The core's {@link ServerCheckinStore} on H2 (or PostgreSQL) through Jdbi, over the V2 tables
 * {@code checkin_schedules}, {@code checkin_occurrences}, {@code checkin_answers} and V4's
 * {@code checkin_members}. Every public method is one transaction; deleting schedules deletes their
 * occurrences and answers by the schema's cascades. Claims rely on the occurrences' unique key.
 */
public final class JdbiServerCheckinStore implements ServerCheckinStore {
    private static final String SCHEDULE_COLUMNS =
            "s.id, s.platform, s.space, s.channel, s.days, s.local_time, s.zone, s.prompt, s.paused, s.next_due_at";

    private final Jdbi jdbi;

    public JdbiServerCheckinStore(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public long createSchedule(ServerSchedule schedule, UserRef createdBy, Instant now) {
        return jdbi.inTransaction(h -> h.createUpdate("INSERT INTO checkin_schedules (platform, space, channel, days, "
                        + "local_time, zone, prompt, paused, created_by, created_at, next_due_at) VALUES (:platform, "
                        + ":space, :channel, :days, :time, :zone, :prompt, :paused, :by, :now, :due)")
                .bind("platform", schedule.platform()).bind("space", schedule.space())
                .bind("channel", schedule.channel()).bind("days", schedule.recurrence().days().wireName())
                .bind("time", schedule.recurrence().time()).bind("zone", schedule.recurrence().zone().getId())
                .bind("prompt", schedule.prompt()).bind("paused", schedule.paused())
                .bind("by", userId(h, createdBy).orElse(null)).bind("now", utc(now))
                .bind("due", utc(schedule.nextDue()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public List<ServerSchedule> schedules(String platform, String space) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT " + SCHEDULE_COLUMNS + " FROM checkin_schedules s "
                        + "WHERE s.platform = :platform AND s.space = :space ORDER BY s.id")
                .bind("platform", platform).bind("space", space)
                .map((rs, ctx) -> schedule(rs)).list());
    }

    @Override
    public boolean setPaused(long scheduleId, boolean paused, Instant nextDue) {
        return jdbi.inTransaction(h -> h.createUpdate(
                        "UPDATE checkin_schedules SET paused = :paused, next_due_at = :due WHERE id = :id")
                .bind("paused", paused).bind("due", utc(nextDue)).bind("id", scheduleId).execute() == 1);
    }

    @Override
    public boolean deleteSchedule(long scheduleId) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM checkin_schedules WHERE id = :id")
                .bind("id", scheduleId).execute() == 1);
    }

    @Override
    public int deleteSpace(String platform, String space) {
        return jdbi.inTransaction(h -> h.createUpdate(
                        "DELETE FROM checkin_schedules WHERE platform = :platform AND space = :space")
                .bind("platform", platform).bind("space", space).execute());
    }

    @Override
    public int forgetMember(String space, UserRef member) {
        return jdbi.inTransaction(h -> userId(h, member).map(id -> h.createUpdate(
                        "DELETE FROM checkin_answers WHERE user_id = :u AND occurrence_id IN (SELECT o.id "
                                + "FROM checkin_occurrences o JOIN checkin_schedules s ON o.schedule_id = s.id "
                                + "WHERE s.platform = :platform AND s.space = :space)")
                .bind("u", id).bind("platform", member.platform()).bind("space", space).execute()).orElse(0));
    }

    @Override
    public List<ServerSchedule> dueSchedules(Instant now, int limit) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT " + SCHEDULE_COLUMNS + " FROM checkin_schedules s "
                        + "WHERE s.paused = FALSE AND s.next_due_at <= :now ORDER BY s.next_due_at, s.id "
                        + "FETCH FIRST :n ROWS ONLY")
                .bind("now", utc(now)).bind("n", limit)
                .map((rs, ctx) -> schedule(rs)).list());
    }

    @Override
    public OptionalLong claimSchedule(ServerSchedule due, Instant nextDue, Outcome outcome, Instant now) {
        try {
            return OptionalLong.of(jdbi.inTransaction(h -> {
                long id = h.createUpdate("INSERT INTO checkin_occurrences (subject, schedule_id, due_at, outcome, "
                                + "claimed_at) VALUES (:subject, :s, :due, :outcome, :now)")
                        .bind("subject", "schedule:" + due.id()).bind("s", due.id()).bind("due", utc(due.nextDue()))
                        .bind("outcome", outcome.wireName()).bind("now", utc(now))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                advance(h, due, nextDue);
                return id;
            }));
        } catch (JdbiException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // Someone claimed it first; still move on, so this occurrence is not read again.
            jdbi.useTransaction(h -> advance(h, due, nextDue));
            return OptionalLong.empty();
        }
    }

    private static void advance(Handle h, ServerSchedule due, Instant nextDue) {
        // Conditional: a process that read a stale row cannot move the schedule backwards.
        h.createUpdate("UPDATE checkin_schedules SET next_due_at = :next WHERE id = :id AND next_due_at = :due")
                .bind("next", utc(nextDue)).bind("id", due.id()).bind("due", utc(due.nextDue())).execute();
    }

    @Override
    public Optional<ServerOccurrence> occurrence(long occurrenceId) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT o.id AS occurrence_id, o.due_at, " + SCHEDULE_COLUMNS
                        + " FROM checkin_occurrences o JOIN checkin_schedules s ON s.id = o.schedule_id WHERE o.id = :id")
                .bind("id", occurrenceId)
                .map((rs, ctx) -> new ServerOccurrence(rs.getLong("occurrence_id"), schedule(rs), instant(rs, "due_at")))
                .findOne());
    }

    @Override
    public boolean answer(long occurrenceId, UserRef member, int score, Instant at) {
        return jdbi.inTransaction(h -> {
            Optional<Long> user = userId(h, member);
            if (user.isEmpty()) {
                return false;
            }
            int updated = h.createUpdate("UPDATE checkin_answers SET score = :score, answered_at = :at "
                            + "WHERE occurrence_id = :o AND user_id = :u")
                    .bind("score", score).bind("at", utc(at)).bind("o", occurrenceId).bind("u", user.get()).execute();
            if (updated > 0) {
                return true;
            }
            h.createUpdate("INSERT INTO checkin_answers (occurrence_id, user_id, score, answered_at) "
                            + "VALUES (:o, :u, :score, :at)")
                    .bind("o", occurrenceId).bind("u", user.get()).bind("score", score).bind("at", utc(at)).execute();
            return false;
        });
    }

    @Override
    public List<AnswerFact> answers(String platform, String space, Instant since) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT o.due_at, s.zone, a.score, a.user_id "
                        + "FROM checkin_answers a JOIN checkin_occurrences o ON o.id = a.occurrence_id "
                        + "JOIN checkin_schedules s ON s.id = o.schedule_id "
                        + "WHERE s.platform = :platform AND s.space = :space AND o.due_at >= :since")
                .bind("platform", platform).bind("space", space).bind("since", utc(since))
                .map((rs, ctx) -> new AnswerFact(instant(rs, "due_at").atZone(ZoneId.of(rs.getString("zone")))
                        .toLocalDate(), rs.getInt("score"), rs.getLong("user_id")))
                .list());
    }

    @Override
    public int purgeOccurrencesBefore(Instant cutoff) {
        return jdbi.inTransaction(h -> h.createUpdate(
                        "DELETE FROM checkin_occurrences WHERE schedule_id IS NOT NULL AND due_at < :cutoff")
                .bind("cutoff", utc(cutoff)).execute());
    }

    @Override
    public boolean followUpsOff(UserRef member) {
        return jdbi.inTransaction(h -> userId(h, member).flatMap(id -> h.createQuery(
                        "SELECT followups_off FROM checkin_members WHERE user_id = :u")
                .bind("u", id).mapTo(Boolean.class).findOne()).orElse(false));
    }

    @Override
    public void setFollowUpsOff(UserRef member, boolean off, Instant now) {
        jdbi.useTransaction(h -> userId(h, member).ifPresent(id -> {
            int updated = h.createUpdate("UPDATE checkin_members SET followups_off = :off, updated_at = :now "
                            + "WHERE user_id = :u")
                    .bind("off", off).bind("now", utc(now)).bind("u", id).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO checkin_members (user_id, followups_off, updated_at) VALUES (:u, :off, :now)")
                        .bind("off", off).bind("now", utc(now)).bind("u", id).execute();
            }
        }));
    }

    private static ServerSchedule schedule(ResultSet rs) throws SQLException {
        Recurrence recurrence = new Recurrence(DaySet.parse(rs.getString("days")).orElse(DaySet.DAILY),
                rs.getObject("local_time", LocalTime.class), ZoneId.of(rs.getString("zone")));
        return new ServerSchedule(rs.getLong("id"), rs.getString("platform"), rs.getString("space"),
                rs.getString("channel"), recurrence, rs.getString("prompt"), rs.getBoolean("paused"),
                instant(rs, "next_due_at"));
    }
}
