package dev.hearth.core;

import java.util.Objects;

/**
 * A person on one platform: the platform's name ({@code console}, {@code discord}, {@code telegram},
 * {@code replay}) and that platform's id for them. Two refs are the same person only when both match.
 */
public record UserRef(String platform, String id) {
    public UserRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
    }

    /** One string that names the person across the whole store, e.g. {@code telegram:123}. */
    public String key() {
        return platform + ":" + id;
    }
}
