package dev.hearth.store;

import static dev.hearth.store.Sql.instant;
import static dev.hearth.store.Sql.userId;
import static dev.hearth.store.Sql.utc;

import dev.hearth.core.UserRef;
import dev.hearth.core.wellbeing.Awaited;
import dev.hearth.core.wellbeing.AwaitedStore;
import dev.hearth.core.wellbeing.DueSummary;
import dev.hearth.core.wellbeing.SafetyPlanStore;
import dev.hearth.core.wellbeing.SummaryStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The wellbeing tools' stores on H2 (or PostgreSQL) through Jdbi: the safety plan
 * ({@code safety_plan_steps}), the question awaiting an answer ({@code awaited_answers}) and the weekly
 * summary setting ({@code summary_settings}). All three tables hold {@code user_id}, so /export and
 * /forget cover them. Every public method is one transaction.
 */
public final class JdbiWellbeingStore implements AwaitedStore, SafetyPlanStore, SummaryStore {
    private static final int MAX_ANSWER = 2000;

    private final Jdbi jdbi;

    public JdbiWellbeingStore(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public void await(UserRef user, Awaited awaited) {
        jdbi.useTransaction(h -> userId(h, user).ifPresent(id -> {
            h.createUpdate("DELETE FROM awaited_answers WHERE user_id = :u").bind("u", id).execute();
            h.createUpdate("INSERT INTO awaited_answers (user_id, kind, subject, one_only, asked_at) "
                            + "VALUES (:u, :kind, :subject, :one, :at)")
                    .bind("u", id).bind("kind", awaited.kind().wireName()).bind("subject", awaited.subject())
                    .bind("one", awaited.oneOnly()).bind("at", utc(awaited.askedAt())).execute();
        }));
    }

    @Override
    public Optional<Awaited> awaited(UserRef user) {
        return jdbi.inTransaction(h -> userId(h, user).flatMap(id -> h.createQuery(
                        "SELECT kind, subject, one_only, asked_at FROM awaited_answers WHERE user_id = :u")
                .bind("u", id)
                .map((rs, ctx) -> new Awaited(Awaited.Kind.fromWireName(rs.getString("kind")), rs.getLong("subject"),
                        rs.getBoolean("one_only"), instant(rs, "asked_at")))
                .findOne()));
    }

    @Override
    public void clearAwaited(UserRef user) {
        jdbi.useTransaction(h -> userId(h, user).ifPresent(id ->
                h.createUpdate("DELETE FROM awaited_answers WHERE user_id = :u").bind("u", id).execute()));
    }

    @Override
    public Map<Integer, String> plan(UserRef user) {
        return jdbi.inTransaction(h -> userId(h, user).map(id -> {
            Map<Integer, String> steps = new LinkedHashMap<>();
            h.createQuery("SELECT step, answer FROM safety_plan_steps WHERE user_id = :u ORDER BY step")
                    .bind("u", id)
                    .map((rs, ctx) -> Map.entry(rs.getInt("step"), rs.getString("answer")))
                    .forEach(e -> steps.put(e.getKey(), e.getValue()));
            return steps;
        }).orElseGet(LinkedHashMap::new));
    }

    @Override
    public void saveStep(UserRef user, int step, String answer, Instant at) {
        String text = answer.length() > MAX_ANSWER ? answer.substring(0, MAX_ANSWER) : answer;
        jdbi.useTransaction(h -> userId(h, user).ifPresent(id -> {
            int updated = h.createUpdate("UPDATE safety_plan_steps SET answer = :a, updated_at = :at "
                            + "WHERE user_id = :u AND step = :s")
                    .bind("a", text).bind("at", utc(at)).bind("u", id).bind("s", step).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO safety_plan_steps (user_id, step, answer, updated_at) "
                                + "VALUES (:u, :s, :a, :at)")
                        .bind("a", text).bind("at", utc(at)).bind("u", id).bind("s", step).execute();
            }
        }));
    }

    @Override
    public void clearStep(UserRef user, int step) {
        jdbi.useTransaction(h -> userId(h, user).ifPresent(id ->
                h.createUpdate("DELETE FROM safety_plan_steps WHERE user_id = :u AND step = :s")
                        .bind("u", id).bind("s", step).execute()));
    }

    @Override
    public void enableSummary(UserRef user, Instant firstDue) {
        jdbi.useTransaction(h -> userId(h, user).ifPresent(id -> {
            int updated = h.createUpdate("UPDATE summary_settings SET enabled = TRUE, next_due_at = :due "
                    + "WHERE user_id = :u").bind("u", id).bind("due", utc(firstDue)).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO summary_settings (user_id, enabled, next_due_at) VALUES (:u, TRUE, :due)")
                        .bind("u", id).bind("due", utc(firstDue)).execute();
            }
        }));
    }

    @Override
    public boolean disableSummary(UserRef user) {
        return jdbi.inTransaction(h -> userId(h, user).map(id -> h.createUpdate(
                        "UPDATE summary_settings SET enabled = FALSE WHERE user_id = :u AND enabled = TRUE")
                .bind("u", id).execute() > 0).orElse(false));
    }

    @Override
    public Optional<Instant> summaryDue(UserRef user) {
        return jdbi.inTransaction(h -> userId(h, user).flatMap(id -> h.createQuery(
                        "SELECT next_due_at FROM summary_settings WHERE user_id = :u AND enabled = TRUE")
                .bind("u", id).map((rs, ctx) -> instant(rs, "next_due_at")).findOne()));
    }

    @Override
    public List<DueSummary> dueSummaries(Instant now, int limit) {
        return jdbi.inTransaction(h -> h.createQuery(
                        "SELECT s.next_due_at, u.platform, u.platform_id, u.timezone, u.paused, u.proactive_ok "
                                + "FROM summary_settings s JOIN users u ON u.id = s.user_id "
                                + "WHERE s.enabled = TRUE AND s.next_due_at <= :now AND u.unreachable_since IS NULL "
                                + "ORDER BY s.next_due_at, s.user_id FETCH FIRST :n ROWS ONLY")
                .bind("now", utc(now)).bind("n", limit)
                .map((rs, ctx) -> new DueSummary(new UserRef(rs.getString("platform"), rs.getString("platform_id")),
                        zone(rs.getString("timezone")), instant(rs, "next_due_at"),
                        !rs.getBoolean("paused") && rs.getBoolean("proactive_ok")))
                .list());
    }

    @Override
    public boolean claimSummary(UserRef user, Instant due, Instant next) {
        return jdbi.inTransaction(h -> userId(h, user).map(id -> h.createUpdate(
                        "UPDATE summary_settings SET next_due_at = :next WHERE user_id = :u AND next_due_at = :due")
                .bind("next", utc(next)).bind("u", id).bind("due", utc(due)).execute() == 1).orElse(false));
    }

    @Override
    public int goalsDoneSince(UserRef user, Instant since) {
        return jdbi.inTransaction(h -> userId(h, user).map(id -> h.createQuery(
                        "SELECT COUNT(*) FROM goals WHERE user_id = :u AND status = 'done' AND asked_at >= :since")
                .bind("u", id).bind("since", utc(since)).mapTo(Integer.class).one()).orElse(0));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
