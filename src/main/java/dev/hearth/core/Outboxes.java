package dev.hearth.core;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The running platforms' outboxes, found by platform name ({@link UserRef#platform()}). */
public record Outboxes(Map<String, Outbox> byPlatform) {
    public Outboxes {
        byPlatform = Map.copyOf(byPlatform);
    }

    /** One outbox per platform in the set. */
    public static Outboxes of(Set<Outbox> outboxes) {
        return new Outboxes(outboxes.stream().collect(Collectors.toMap(Outbox::platform, Function.identity())));
    }

    /** The outbox of a platform, empty when that platform is not running. */
    public Optional<Outbox> forPlatform(String platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }
}
