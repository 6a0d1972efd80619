package dev.hearth.core.person;

import java.time.Instant;
import java.util.Objects;

/** One line of the bounded message history: who said it ({@code person} or {@code hearth}), what, when. */
public record StoredMessage(String author, String text, Instant at) {
    public static final String PERSON = "person";
    public static final String HEARTH = "hearth";

    public StoredMessage {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
