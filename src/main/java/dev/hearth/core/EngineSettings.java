package dev.hearth.core;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The conversation engine's tunables, from {@code hearth.yaml}.
 *
 * @param defaultZone        the time zone of a person who has not chosen one
 * @param disclosureInterval how long a conversation runs before Hearth says again what it is
 * @param returnGap          a pause after which a message counts as coming back, not continuing
 * @param maxMessageLength   the longest message read, in characters
 * @param crisisCareWindow   how long after a crisis turn replies stay gentle
 */
public record EngineSettings(ZoneId defaultZone, Duration disclosureInterval, Duration returnGap,
                             int maxMessageLength, Duration crisisCareWindow) {
    public EngineSettings {
        Objects.requireNonNull(defaultZone, "defaultZone");
        Objects.requireNonNull(disclosureInterval, "disclosureInterval");
        Objects.requireNonNull(returnGap, "returnGap");
        Objects.requireNonNull(crisisCareWindow, "crisisCareWindow");
    }

    /** Sensible defaults: UTC, three hours, six hours, 4,000 characters, a day of gentle care. */
    public static EngineSettings defaults() {
        return new EngineSettings(ZoneId.of("UTC"), Duration.ofHours(3), Duration.ofHours(6), 4000,
                Duration.ofHours(24));
    }
}
