package dev.hearth.store;

import static dev.hearth.store.Sql.instant;
import static dev.hearth.store.Sql.userId;
import static dev.hearth.store.Sql.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hearth.core.UserRef;
import dev.hearth.core.person.DialogueState;
import dev.hearth.core.person.Person;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.person.StoredGoal;
import dev.hearth.core.person.StoredMessage;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.respond.Stage;
import dev.hearth.core.safety.CrisisCheckInDue;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.understand.Goal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The core's {@link PersonStore} on H2 (or PostgreSQL) through Jdbi. Every public method is one
 * transaction. Export and forget cover every table with a {@code user_id} column, read from the
 * schema itself, so a table added later is covered as long as it follows that convention.
 */
public final class JdbiPersonStore implements PersonStore {
    private static final String SEPARATOR = "\n";

    private final Jdbi jdbi;
    private final int maxMessagesPerPerson;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public JdbiPersonStore(Database database, int maxMessagesPerPerson, Clock clock) {
        this.jdbi = database.jdbi();
        this.maxMessagesPerPerson = maxMessagesPerPerson;
        this.clock = clock;
    }

    @Override
    public PersonSnapshot load(UserRef user, ZoneId defaultZone, Instant now) {
        return jdbi.inTransaction(h -> {
            Optional<Long> id = userId(h, user);
            if (id.isEmpty()) {
                return new PersonSnapshot(Person.newcomer(user, defaultZone, now), DialogueState.fresh(now),
                        List.of(), true);
            }
            Person person = h.createQuery("SELECT * FROM users WHERE id = :id").bind("id", id.get())
                    .map((rs, ctx) -> person(rs, user, defaultZone)).one();
            DialogueState state = h.createQuery("SELECT * FROM dialogue_state WHERE user_id = :id")
                    .bind("id", id.get()).map((rs, ctx) -> state(rs)).findOne()
                    .orElse(DialogueState.fresh(now));
            return new PersonSnapshot(person, state, goals(h, id.get()), false);
        });
    }

    @Override
    public void record(TurnRecord turn) {
        jdbi.useTransaction(h -> {
            long id = upsertPerson(h, turn.person());
            saveState(h, id, turn.state());
            for (StoredMessage message : turn.messages()) {
                h.createUpdate("INSERT INTO messages (user_id, author, text, created_at) VALUES (:u, :a, :t, :at)")
                        .bind("u", id).bind("a", message.author()).bind("t", truncate(message.text(), 20000))
                        .bind("at", utc(message.at())).execute();
            }
            pruneMessages(h, id);
            for (Goal goal : turn.newGoals()) {
                h.createUpdate("INSERT INTO goals (user_id, text, cadence, created_at, follow_up_at) "
                                + "VALUES (:u, :t, :c, :at, :f)")
                        .bind("u", id).bind("t", truncate(goal.text(), 500)).bind("c", goal.cadence())
                        .bind("at", utc(turn.person().lastSeenAt())).bind("f", utc(goal.followUpAt())).execute();
            }
            if (turn.crisisEvent() != CrisisLevel.NONE) {
                h.createUpdate("INSERT INTO crisis_events (user_id, level, occurred_at) VALUES (:u, :l, :at)")
                        .bind("u", id).bind("l", turn.crisisEvent().wireName())
                        .bind("at", utc(turn.person().lastSeenAt())).execute();
            }
        });
    }

    @Override
    public List<StoredGoal> goals(UserRef user) {
        return jdbi.inTransaction(h -> userId(h, user).map(id -> goals(h, id)).orElse(List.of()));
    }

    @Override
    public void setPaused(UserRef user, boolean paused) {
        jdbi.useTransaction(h -> {
            if (userId(h, user).isEmpty()) {
                // Someone whose first words are /pause: remember them, or the pause would be a promise not kept.
                Instant now = clock.instant();
                upsertPerson(h, Person.newcomer(user, ZoneOffset.UTC, now));
            }
            h.createUpdate("UPDATE users SET paused = :p WHERE platform = :platform AND platform_id = :pid")
                    .bind("p", paused).bind("platform", user.platform()).bind("pid", user.id()).execute();
        });
    }

    @Override
    public void markUnreachable(UserRef user, Instant at) {
        jdbi.useTransaction(h -> h.createUpdate(
                        "UPDATE users SET unreachable_since = :at WHERE platform = :platform AND platform_id = :pid")
                .bind("at", utc(at)).bind("platform", user.platform()).bind("pid", user.id()).execute());
    }

    @Override
    public int crisisEventsSince(UserRef user, Instant since) {
        return jdbi.inTransaction(h -> userId(h, user).map(id -> h.createQuery(
                        "SELECT COUNT(*) FROM crisis_events WHERE user_id = :u AND occurred_at >= :s")
                .bind("u", id).bind("s", utc(since)).mapTo(Integer.class).one()).orElse(0));
    }

    @Override
    public List<CrisisCheckInDue> crisisCheckInsDue(Instant from, Instant to) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT u.platform, u.platform_id, u.name, u.timezone, "
                        + "d.last_crisis_at, d.recent_phrases FROM users u JOIN dialogue_state d ON d.user_id = u.id "
                        + "WHERE d.last_crisis IN ('concern', 'acute') AND d.last_crisis_at >= :from "
                        + "AND d.last_crisis_at <= :to AND u.proactive_ok AND NOT u.paused "
                        + "AND u.last_seen_at <= :to AND u.unreachable_since IS NULL "
                        + "AND (d.crisis_check_in_at IS NULL OR d.crisis_check_in_at < d.last_crisis_at) "
                        + "ORDER BY d.last_crisis_at FETCH FIRST 1000 ROWS ONLY")
                .bind("from", utc(from)).bind("to", utc(to))
                .map((rs, ctx) -> {
                    ZoneId zone;
                    try {
                        zone = ZoneId.of(rs.getString("timezone"));
                    } catch (DateTimeException e) {
                        zone = ZoneOffset.UTC;
                    }
                    return new CrisisCheckInDue(new UserRef(rs.getString("platform"), rs.getString("platform_id")),
                            rs.getString("name"), zone, instant(rs, "last_crisis_at"),
                            split(rs.getString("recent_phrases")));
                }).list());
    }

    @Override
    public boolean claimCrisisCheckIn(UserRef user, Instant crisisAt, Instant now) {
        return jdbi.inTransaction(h -> userId(h, user).map(id -> h.createUpdate(
                        "UPDATE dialogue_state SET crisis_check_in_at = :now WHERE user_id = :u "
                                + "AND last_crisis_at = :crisisAt "
                                + "AND (crisis_check_in_at IS NULL OR crisis_check_in_at < last_crisis_at)")
                .bind("now", utc(now)).bind("u", id).bind("crisisAt", utc(crisisAt)).execute() == 1).orElse(false));
    }

    @Override
    public void forget(UserRef user) {
        jdbi.useTransaction(h -> userId(h, user).ifPresent(id -> {
            for (String table : PersonTables.holdingPeople(h)) {
                h.createUpdate("DELETE FROM " + table + " WHERE user_id = :u").bind("u", id).execute();
            }
            h.createUpdate("DELETE FROM users WHERE id = :u").bind("u", id).execute();
        }));
    }

    @Override
    public byte[] exportJson(UserRef user) {
        Map<String, Object> document = jdbi.inTransaction(h -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("exported_at", clock.instant().toString());
            doc.put("person", Map.of("platform", user.platform(), "id", user.id()));
            Optional<Long> id = userId(h, user);
            if (id.isEmpty()) {
                return doc;
            }
            doc.put("users", rows(h, "SELECT * FROM users WHERE id = :u", id.get()));
            for (String table : PersonTables.holdingPeople(h)) {
                doc.put(table, rows(h, "SELECT * FROM " + table + " WHERE user_id = :u ORDER BY 1", id.get()));
            }
            return doc;
        });
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export could not be written as JSON", e);
        }
    }

    private static List<Map<String, Object>> rows(Handle h, String sql, long id) {
        return h.createQuery(sql).bind("u", id).map((rs, ctx) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            int columns = rs.getMetaData().getColumnCount();
            for (int i = 1; i <= columns; i++) {
                Object value = rs.getObject(i);
                if (value instanceof java.sql.Clob) {
                    value = rs.getString(i);    // a large text column; the Clob closes with the result set
                } else if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
                    value = value.toString();
                }
                row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), value);
            }
            return row;
        }).list();
    }

    private static long upsertPerson(Handle h, Person p) {
        Optional<Long> existing = userId(h, p.user());
        if (existing.isPresent()) {
            // A turn means they can be reached again: clear any "unreachable" a platform reported.
            h.createUpdate("UPDATE users SET name = :name, country = :country, locale = :locale, timezone = :tz, "
                            + "proactive_ok = :pro, paused = :paused, last_seen_at = :seen, unreachable_since = NULL "
                            + "WHERE id = :id")
                    .bind("id", existing.get()).bind("name", truncate(p.name(), 100)).bind("country", p.country())
                    .bind("locale", truncate(p.locale(), 35)).bind("tz", p.zone().getId())
                    .bind("pro", p.proactiveOk()).bind("paused", p.paused()).bind("seen", utc(p.lastSeenAt()))
                    .execute();
            return existing.get();
        }
        return h.createUpdate("INSERT INTO users (platform, platform_id, name, country, locale, timezone, "
                        + "proactive_ok, paused, created_at, last_seen_at) "
                        + "VALUES (:platform, :pid, :name, :country, :locale, :tz, :pro, :paused, :created, :seen)")
                .bind("platform", p.user().platform()).bind("pid", p.user().id())
                .bind("name", truncate(p.name(), 100)).bind("country", p.country())
                .bind("locale", truncate(p.locale(), 35)).bind("tz", p.zone().getId()).bind("pro", p.proactiveOk())
                .bind("paused", p.paused()).bind("created", utc(p.createdAt())).bind("seen", utc(p.lastSeenAt()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static void saveState(Handle h, long id, DialogueState s) {
        String columns = "stage = :stage, turns = :turns, stage_turns = :st, topics = :topics, "
                + "last_concern = :concern, recent_phrases = :recent, declined_suggestions = :declined, "
                + "last_suggestion = :last, vent_only = :vent, session_started_at = :session, "
                + "last_disclosure_at = :disclosed, last_crisis = :crisis, last_crisis_at = :crisisAt, "
                + "hopeless_days = :hopeless, flow = :flow";
        int updated = bindState(h.createUpdate("UPDATE dialogue_state SET " + columns + " WHERE user_id = :id"), id, s)
                .execute();
        if (updated == 0) {
            bindState(h.createUpdate("INSERT INTO dialogue_state (user_id, stage, turns, stage_turns, topics, "
                    + "last_concern, recent_phrases, declined_suggestions, last_suggestion, vent_only, "
                    + "session_started_at, last_disclosure_at, last_crisis, last_crisis_at, hopeless_days, flow) VALUES (:id, "
                    + ":stage, :turns, :st, :topics, :concern, :recent, :declined, :last, :vent, :session, :disclosed, "
                    + ":crisis, :crisisAt, :hopeless, :flow)"), id, s).execute();
        }
    }

    private static org.jdbi.v3.core.statement.Update bindState(org.jdbi.v3.core.statement.Update u, long id,
                                                               DialogueState s) {
        return u.bind("id", id).bind("stage", s.stage().wireName()).bind("turns", s.turns())
                .bind("st", s.stageTurns()).bind("topics", truncate(join(s.topics()), 1000))
                .bind("concern", truncate(s.lastConcern(), 1000))
                .bind("recent", truncate(join(s.recentPhrases()), 20000))
                .bind("declined", truncate(join(s.declinedSuggestions()), 8000))
                .bind("last", truncate(s.lastSuggestion(), 200)).bind("vent", s.ventOnly())
                .bind("session", utc(s.sessionStartedAt())).bind("disclosed", utc(s.lastDisclosureAt()))
                .bind("crisis", s.lastCrisis().wireName()).bind("crisisAt", utc(s.lastCrisisAt()))
                .bind("hopeless", join(s.hopelessDays().stream().map(java.time.LocalDate::toString).toList()))
                .bind("flow", truncate(s.flow().encode(), 600));
    }

    private void pruneMessages(Handle h, long id) {
        Optional<Long> oldestKept = h.createQuery(
                        "SELECT id FROM messages WHERE user_id = :u ORDER BY id DESC OFFSET :n ROWS FETCH FIRST 1 ROWS ONLY")
                .bind("u", id).bind("n", maxMessagesPerPerson - 1).mapTo(Long.class).findOne();
        oldestKept.ifPresent(keep -> h.createUpdate("DELETE FROM messages WHERE user_id = :u AND id < :keep")
                .bind("u", id).bind("keep", keep).execute());
    }

    private static List<StoredGoal> goals(Handle h, long id) {
        return h.createQuery("SELECT * FROM goals WHERE user_id = :u ORDER BY id DESC FETCH FIRST 100 ROWS ONLY")
                .bind("u", id)
                .map((rs, ctx) -> new StoredGoal(rs.getLong("id"), rs.getString("text"), rs.getString("cadence"),
                        instant(rs, "created_at"), instant(rs, "follow_up_at"), rs.getString("status"),
                        rs.getString("outcome")))
                .list();
    }

    private static Person person(ResultSet rs, UserRef user, ZoneId defaultZone) throws SQLException {
        ZoneId zone;
        try {
            zone = ZoneId.of(rs.getString("timezone"));
        } catch (DateTimeException e) {
            zone = defaultZone;
        }
        return new Person(user, rs.getString("name"), rs.getString("country"), rs.getString("locale"), zone,
                rs.getBoolean("proactive_ok"), rs.getBoolean("paused"), instant(rs, "created_at"),
                instant(rs, "last_seen_at"));
    }

    private static DialogueState state(ResultSet rs) throws SQLException {
        CrisisLevel crisis = CrisisLevel.NONE;
        for (CrisisLevel level : CrisisLevel.values()) {
            if (level.wireName().equals(rs.getString("last_crisis"))) {
                crisis = level;
            }
        }
        return new DialogueState(Stage.fromWireName(rs.getString("stage")), rs.getInt("turns"),
                rs.getInt("stage_turns"), split(rs.getString("topics")), rs.getString("last_concern"),
                split(rs.getString("recent_phrases")), split(rs.getString("declined_suggestions")),
                rs.getString("last_suggestion"), rs.getBoolean("vent_only"), instant(rs, "session_started_at"),
                instant(rs, "last_disclosure_at"), crisis, instant(rs, "last_crisis_at"),
                split(rs.getString("hopeless_days")).stream().map(java.time.LocalDate::parse).toList(),
                dev.hearth.core.person.ConversationFlow.decode(rs.getString("flow")));
    }

    private static String join(List<String> items) {
        return String.join(SEPARATOR, items);
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(joined.split(SEPARATOR)));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
