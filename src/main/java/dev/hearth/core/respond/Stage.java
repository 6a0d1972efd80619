package dev.hearth.core.respond;

import java.util.Locale;

/**
 * Where a conversation is, after the ESConv framework (Liu et al., 2021): exploring what is wrong,
 * comforting, moving to action, closing, or the crisis stage that the safety layer takes over with.
 */
public enum Stage {
    EXPLORATION, COMFORTING, ACTION, CLOSING, CRISIS;

    /** The contract's spelling: {@code exploration}, {@code comforting}, … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a stored or wire name, falling back to exploration for anything unknown. */
    public static Stage fromWireName(String name) {
        for (Stage stage : values()) {
            if (stage.wireName().equalsIgnoreCase(name)) {
                return stage;
            }
        }
        return EXPLORATION;
    }
}
