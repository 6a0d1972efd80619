package dev.hearth.core.support;

import java.util.Optional;

/**
 * The ids of the offer's two buttons: {@code support:<space>:yes} and {@code support:<space>:no}. The id names
 * the server, because the offer is pressed in a private chat that says nothing about where the crisis was
 * said. An id is only a claim: the press is honoured only against a stored offer to that person.
 */
public final class SupportButtons {
    /** Prefix of every support button id. */
    public static final String PREFIX = "support:";
    private static final String YES = "yes";
    private static final String NO = "no";

    private SupportButtons() {
    }

    /** The id of the yes or no button for an offer in this server. */
    public static String id(String space, boolean yes) {
        return PREFIX + space + ":" + (yes ? YES : NO);
    }

    /** The press read back, or empty when the id is not a well-formed support button. */
    public static Optional<Press> parse(String actionId) {
        if (actionId == null || !actionId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = actionId.substring(PREFIX.length());
        int colon = rest.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String space = rest.substring(0, colon);
        String answer = rest.substring(colon + 1);
        if (!answer.equals(YES) && !answer.equals(NO)) {
            return Optional.empty();
        }
        return Optional.of(new Press(space, answer.equals(YES)));
    }

    /** A person's answer to an offer made in a server. */
    public record Press(String space, boolean yes) {
    }
}
