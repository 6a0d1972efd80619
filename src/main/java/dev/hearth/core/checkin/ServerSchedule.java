package dev.hearth.core.checkin;

import java.time.Instant;
import java.util.Objects;

/**
 * A server's or group's check-in, as an admin set it up: where it is posted, when, and with which
 * prompt (empty for Hearth's own wording).
 *
 * @param id         the store's id
 * @param platform   the platform name, as in {@code UserRef.platform()}
 * @param space      the server (Discord guild) or group id
 * @param channel    the channel or group the prompt is posted to
 * @param recurrence days, local time and zone
 * @param prompt     the admin's question, or empty
 * @param paused     an admin paused it; nothing is posted while paused
 * @param nextDue    the next occurrence not yet claimed
 */
public record ServerSchedule(long id, String platform, String space, String channel, Recurrence recurrence,
                             String prompt, boolean paused, Instant nextDue) {
    public ServerSchedule {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recurrence, "recurrence");
        prompt = prompt == null ? "" : prompt;
        Objects.requireNonNull(nextDue, "nextDue");
    }
}
