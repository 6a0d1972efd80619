package dev.hearth.store;

import static dev.hearth.store.Sql.userId;
import static dev.hearth.store.Sql.utc;

import dev.hearth.core.UserRef;
import dev.hearth.core.support.SupportSetting;
import dev.hearth.core.support.SupportStore;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The core's {@link SupportStore} on H2 (or PostgreSQL) through Jdbi, over V9's {@code support_teams} and
 * {@code support_requests}. Every public method is one transaction; the one-a-day claim is a conditional
 * update, so two presses at once cannot both win. Requests go with their person ({@code user_id}, covered by
 * {@code /export} and {@code /forget}) and with their server's setting.
 */
public final class JdbiSupportStore implements SupportStore {
    private final Jdbi jdbi;

    public JdbiSupportStore(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public Optional<SupportSetting> setting(String platform, String space) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT platform, space, role_id, channel_id, set_at "
                        + "FROM support_teams WHERE platform = :platform AND space = :space")
                .bind("platform", platform).bind("space", space)
                .map((rs, ctx) -> new SupportSetting(rs.getString("platform"), rs.getString("space"),
                        rs.getString("role_id"), rs.getString("channel_id"), Sql.instant(rs, "set_at")))
                .findOne());
    }

    @Override
    public void save(SupportSetting setting) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE support_teams SET role_id = :role, channel_id = :channel, "
                            + "set_at = :at WHERE platform = :platform AND space = :space")
                    .bind("role", setting.role()).bind("channel", setting.channel()).bind("at", utc(setting.since()))
                    .bind("platform", setting.platform()).bind("space", setting.space()).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO support_teams (platform, space, role_id, channel_id, set_at) "
                                + "VALUES (:platform, :space, :role, :channel, :at)")
                        .bind("role", setting.role()).bind("channel", setting.channel())
                        .bind("at", utc(setting.since()))
                        .bind("platform", setting.platform()).bind("space", setting.space()).execute();
            }
        });
    }

    @Override
    public boolean remove(String platform, String space) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM support_requests WHERE space = :space "
                            + "AND user_id IN (SELECT id FROM users WHERE platform = :platform)")
                    .bind("platform", platform).bind("space", space).execute();
            return h.createUpdate("DELETE FROM support_teams WHERE platform = :platform AND space = :space")
                    .bind("platform", platform).bind("space", space).execute() > 0;
        });
    }

    @Override
    public void forgetRequest(UserRef person, String space) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM support_requests WHERE space = :space "
                        + "AND user_id IN (SELECT id FROM users WHERE platform = :platform AND platform_id = :pid)")
                .bind("space", space).bind("platform", person.platform()).bind("pid", person.id()).execute());
    }

    @Override
    public boolean offered(UserRef person, String space, Instant at, Instant purgeBefore) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM support_requests WHERE offered_at < :cutoff "
                            + "AND (notified_at IS NULL OR notified_at < :cutoff)")
                    .bind("cutoff", utc(purgeBefore)).execute();
            Optional<Long> id = userId(h, person);
            if (id.isEmpty()) {
                return false;
            }
            int updated = h.createUpdate("UPDATE support_requests SET offered_at = :at WHERE user_id = :u "
                            + "AND space = :space")
                    .bind("at", utc(at)).bind("u", id.get()).bind("space", space).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO support_requests (user_id, space, offered_at) VALUES (:u, :space, :at)")
                        .bind("at", utc(at)).bind("u", id.get()).bind("space", space).execute();
            }
            return true;
        });
    }

    @Override
    public Optional<Instant> offeredAt(UserRef person, String space) {
        return time(person, space, "offered_at");
    }

    @Override
    public Optional<Instant> notifiedAt(UserRef person, String space) {
        return time(person, space, "notified_at");
    }

    private Optional<Instant> time(UserRef person, String space, String column) {
        return jdbi.inTransaction(h -> userId(h, person).flatMap(id -> h.createQuery("SELECT " + column
                        + " FROM support_requests WHERE user_id = :u AND space = :space")
                .bind("u", id).bind("space", space)
                .map((rs, ctx) -> Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)))
                .findOne().flatMap(t -> t).map(OffsetDateTime::toInstant)));
    }

    @Override
    public boolean claimNotification(UserRef person, String space, Instant now, Instant offeredSince,
                                     Instant notNotifiedSince) {
        return jdbi.inTransaction(h -> userId(h, person).map(id -> claim(h, id, space, now, offeredSince,
                notNotifiedSince)).orElse(false));
    }

    private static boolean claim(Handle h, long id, String space, Instant now, Instant offeredSince,
                                 Instant notNotifiedSince) {
        return h.createUpdate("UPDATE support_requests SET notified_at = :now WHERE user_id = :u AND space = :space "
                        + "AND offered_at >= :offered AND (notified_at IS NULL OR notified_at < :limit)")
                .bind("now", utc(now)).bind("u", id).bind("space", space)
                .bind("offered", utc(offeredSince)).bind("limit", utc(notNotifiedSince)).execute() == 1;
    }

    @Override
    public void releaseNotification(UserRef person, String space, Instant claimedAt) {
        jdbi.useTransaction(h -> userId(h, person).ifPresent(id -> h.createUpdate("UPDATE support_requests "
                        + "SET notified_at = NULL WHERE user_id = :u AND space = :space AND notified_at = :at")
                .bind("u", id).bind("space", space).bind("at", utc(claimedAt)).execute()));
    }
}
