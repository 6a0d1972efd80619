package dev.hearth.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The tables that hold a person's data, read from the schema: every table with a {@code user_id}
 * column. Export and forget go through this list, so a new table is covered by following the
 * convention rather than by remembering to edit them.
 */
final class PersonTables {
    private PersonTables() {
    }

    /** Table names in the public schema with a {@code user_id} column, children before parents. */
    static List<String> holdingPeople(Handle h) {
        return h.createQuery("SELECT table_name FROM information_schema.columns "
                        + "WHERE LOWER(column_name) = 'user_id' AND LOWER(table_schema) = 'public' "
                        + "ORDER BY table_name")
                .mapTo(String.class).list().stream().map(String::toLowerCase).toList();
    }
}
