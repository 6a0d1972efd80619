package dev.hearth.core.checkin;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What an admin typed after {@code /checkin-setup} or {@code /schedule-checkin}:
 * {@code HH:MM [Area/City] [daily|weekdays|mon,tue,…] [prompt…]}, in that order, each after the time
 * optional. A missing zone is UTC; missing days are every day; a missing prompt is Hearth's own question.
 */
public sealed interface ServerSetupRequest {
    /** The longest prompt kept, as the schema allows. */
    int MAX_PROMPT = 300;

    /** A schedule to create. */
    record Valid(LocalTime time, ZoneId zone, DaySet days, String prompt) implements ServerSetupRequest {
    }

    /**
     * Something could not be read.
     *
     * @param reason {@code usage} (nothing or no time given), {@code time} or {@code zone}
     */
    record Invalid(String reason) implements ServerSetupRequest {
    }

    /** Reads the words after the command name. */
    static ServerSetupRequest parse(String args) {
        String[] words = args.strip().isEmpty() ? new String[0] : args.strip().split("\\s+");
        if (words.length == 0) {
            return new Invalid("usage");
        }
        Optional<LocalTime> time = ReminderRequest.Parsing.time(words[0]);
        if (time.isEmpty()) {
            return new Invalid(ReminderRequest.Parsing.looksLikeTime(words[0]) ? "time" : "usage");
        }
        int next = 1;
        ZoneId zone = ZoneId.of("UTC");
        if (next < words.length && ReminderRequest.Parsing.looksLikeZone(words[next])) {
            Optional<ZoneId> parsed = ReminderRequest.Parsing.zone(words[next]);
            if (parsed.isEmpty()) {
                return new Invalid("zone");
            }
            zone = parsed.get();
            next++;
        }
        DaySet days = DaySet.DAILY;
        if (next < words.length) {
            Optional<DaySet> parsed = DaySet.parse(words[next]);
            if (parsed.isPresent()) {
                days = parsed.get();
                next++;
            }
        }
        StringBuilder prompt = new StringBuilder();
        for (int i = next; i < words.length; i++) {
            prompt.append(prompt.isEmpty() ? "" : " ").append(words[i]);
        }
        String text = prompt.length() > MAX_PROMPT ? prompt.substring(0, MAX_PROMPT) : prompt.toString();
        return new Valid(time.get(), zone, days, text);
    }
}
