package dev.hearth.store;

import static dev.hearth.store.Sql.instant;
import static dev.hearth.store.Sql.userId;

import dev.hearth.core.UserRef;
import dev.hearth.core.person.RecentMessages;
import dev.hearth.core.person.StoredMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A person's latest stored messages, from the bounded {@code messages} table; read only by a model realiser. */
public final class JdbiRecentMessages implements RecentMessages {
    private final Database database;

    public JdbiRecentMessages(Database database) {
        this.database = database;
    }

    @Override
    public List<StoredMessage> recent(UserRef user, int limit) {
        return database.jdbi().inTransaction(h -> userId(h, user).map(id -> {
            List<StoredMessage> newestFirst = new ArrayList<>(h.createQuery(
                            "SELECT author, text, created_at FROM messages WHERE user_id = :u ORDER BY id DESC "
                                    + "FETCH FIRST :n ROWS ONLY")
                    .bind("u", id).bind("n", limit)
                    .map((rs, ctx) -> new StoredMessage(rs.getString("author"), rs.getString("text"),
                            instant(rs, "created_at")))
                    .list());
            Collections.reverse(newestFirst);
            return List.copyOf(newestFirst);
        }).orElse(List.of()));
    }
}
