package dev.hearth.core;

import java.util.Objects;

/**
 * A button under a reply. The id is what comes back as {@link Inbound#action()} when it is pressed, and
 * carries everything needed to act on it after a restart (e.g. {@code mood:3}, {@code forget:confirm}).
 */
public record Button(String id, String label) {
    public Button {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
