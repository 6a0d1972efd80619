package dev.hearth.store;

import static dev.hearth.store.Sql.instant;
import static dev.hearth.store.Sql.userId;
import static dev.hearth.store.Sql.utc;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.UserRef;
import dev.hearth.core.outbox.OutboundMessage;
import dev.hearth.core.outbox.OutboxStore;
import dev.hearth.core.outbox.QueuedMessage;
import dev.hearth.core.outbox.Recipient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The core's {@link OutboxStore} on H2 (or PostgreSQL) through Jdbi. A lease is a conditional update
 * of {@code leased_until}, so two processes sharing the database never take the same message at once.
 * A private message is tied to its person's row, so /export and /forget cover it.
 */
public final class JdbiOutboxStore implements OutboxStore {
    private static final String PERSON = "person";
    private static final String CHANNEL = "channel";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbiOutboxStore.class);

    private final Jdbi jdbi;

    public JdbiOutboxStore(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public long add(OutboundMessage message, Instant notBefore, Instant expiresAt) {
        return add(message, notBefore, expiresAt, "");
    }

    @Override
    public int withdraw(Recipient recipient, String tag, Instant now) {
        if (tag.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM outbox WHERE platform = :platform AND kind = :kind "
                        + "AND recipient = :recipient AND tag = :tag AND (leased_until IS NULL OR leased_until <= :now)")
                .bind("platform", recipient.platform())
                .bind("kind", recipient instanceof Recipient.Person ? PERSON : CHANNEL)
                .bind("recipient", recipient.id()).bind("tag", tag).bind("now", utc(now))
                .execute());
    }

    @Override
    public long add(OutboundMessage message, Instant notBefore, Instant expiresAt, String tag) {
        Recipient to = message.recipient();
        return jdbi.inTransaction(h -> {
            Long person = to instanceof Recipient.Person p ? userId(h, p.user()).orElse(null) : null;
            return h.createUpdate("INSERT INTO outbox (platform, kind, recipient, user_id, body, not_before, expires_at, tag) "
                            + "VALUES (:platform, :kind, :recipient, :user, :body, :notBefore, :expires, :tag)")
                    .bind("tag", tag.length() > 16 ? tag.substring(0, 16) : tag)
                    .bind("platform", to.platform())
                    .bind("kind", to instanceof Recipient.Person ? PERSON : CHANNEL)
                    .bind("recipient", to.id())
                    .bind("user", person)
                    .bind("body", ReplyJson.write(message.reply()))
                    .bind("notBefore", utc(notBefore))
                    .bind("expires", utc(expiresAt))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    @Override
    public List<QueuedMessage> lease(String platform, Instant now, Instant leaseUntil, int limit) {
        return jdbi.inTransaction(h -> {
            List<StoredRow> rows = h.createQuery("SELECT id, platform, kind, recipient, body, attempts, expires_at "
                            + "FROM outbox WHERE platform = :platform AND not_before <= :now AND expires_at > :now "
                            + "AND (leased_until IS NULL OR leased_until <= :now) ORDER BY id LIMIT :limit")
                    .bind("platform", platform).bind("now", utc(now)).bind("limit", limit)
                    .map((rs, ctx) -> new StoredRow(rs.getLong("id"), rs.getString("platform"), rs.getString("kind"),
                            rs.getString("recipient"), rs.getString("body"), rs.getInt("attempts"),
                            instant(rs, "expires_at")))
                    .list();
            List<QueuedMessage> leased = new ArrayList<>(rows.size());
            for (StoredRow row : rows) {
                Optional<QueuedMessage> queued = row.read();
                if (queued.isEmpty()) {
                    // Written by a newer Hearth, or damaged: it can never be sent, so it must not block the rest.
                    LOG.warn("Outbox message {} cannot be read and was deleted", row.id());
                    h.createUpdate("DELETE FROM outbox WHERE id = :id").bind("id", row.id()).execute();
                    continue;
                }
                int taken = h.createUpdate("UPDATE outbox SET leased_until = :until WHERE id = :id "
                                + "AND (leased_until IS NULL OR leased_until <= :now)")
                        .bind("until", utc(leaseUntil)).bind("id", row.id()).bind("now", utc(now))
                        .execute();
                if (taken == 1) {
                    leased.add(queued.get());
                }
            }
            return leased;
        });
    }

    @Override
    public void extendLeases(Collection<Long> ids, Instant until) {
        if (ids.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> h.createUpdate("UPDATE outbox SET leased_until = :until WHERE id IN (<ids>)")
                .bind("until", utc(until)).bindList("ids", List.copyOf(ids)).execute());
    }

    @Override
    public void postpone(long id, Instant at) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE outbox SET not_before = :at, leased_until = NULL WHERE id = :id")
                .bind("at", utc(at)).bind("id", id).execute());
    }

    @Override
    public void remove(long id) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM outbox WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public void retryAt(long id, Instant at) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE outbox SET attempts = attempts + 1, not_before = :at, "
                + "leased_until = NULL WHERE id = :id").bind("at", utc(at)).bind("id", id).execute());
    }

    @Override
    public void release(long id) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE outbox SET leased_until = NULL WHERE id = :id")
                .bind("id", id).execute());
    }

    @Override
    public int removeExpired(Instant now) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM outbox WHERE expires_at <= :now "
                + "AND (leased_until IS NULL OR leased_until <= :now)").bind("now", utc(now)).execute());
    }

    @Override
    public int waiting(String platform) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE platform = :platform")
                .bind("platform", platform).mapTo(Integer.class).one());
    }

    /** One row as stored; {@link #read()} turns it into a message, empty when it cannot be read. */
    private record StoredRow(long id, String platform, String kind, String recipient, String body, int attempts,
                             Instant expiresAt) {
        Optional<QueuedMessage> read() {
            try {
                Recipient to = PERSON.equals(kind)
                        ? new Recipient.Person(new UserRef(platform, recipient))
                        : new Recipient.Channel(new ConversationRef(platform, recipient));
                return Optional.of(new QueuedMessage(id, new OutboundMessage(to, ReplyJson.read(body)), attempts,
                        expiresAt));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
