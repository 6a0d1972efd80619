package dev.hearth.core.checkin;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person asked with {@code /reminders}: to see their reminder (no arguments), to turn it off
 * ({@code off}), or to set it ({@code 20:00}, {@code weekdays 08:30 Europe/Berlin}, words in any order),
 * or something that cannot be read, with the reason.
 */
public sealed interface ReminderRequest {
    /** {@code /reminders} alone: show what is set. */
    record Show() implements ReminderRequest {
    }

    /** {@code /reminders off}. */
    record Off() implements ReminderRequest {
    }

    /** A time, optionally the days ({@code daily} by default) and a zone ({@code Area/City} or {@code UTC}). */
    record Set(DaySet days, LocalTime time, Optional<ZoneId> zone) implements ReminderRequest {
    }

    /**
     * Unreadable; {@code reason} is {@code time}, {@code zone} or {@code usage}. {@code suggestion} is the
     * zone a bare city name matches ({@code Berlin} gives {@code Europe/Berlin}), with the time they gave.
     */
    record Invalid(String reason, Optional<String> suggestion, Optional<LocalTime> time) implements ReminderRequest {
        public Invalid(String reason) {
            this(reason, Optional.empty(), Optional.empty());
        }
    }

    /** Reads the words after {@code /reminders}. */
    static ReminderRequest parse(String args) {
        String text = args == null ? "" : args.strip();
        if (text.isEmpty()) {
            return new Show();
        }
        String[] words = text.split("\\s+");
        if (words.length == 1 && Parsing.isOff(words[0])) {
            return new Off();
        }
        DaySet days = null;
        LocalTime time = null;
        ZoneId zone = null;
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            Optional<DaySet> asDays = w.equals("daily") || w.equals("weekdays") ? DaySet.parse(w) : Optional.empty();
            if (asDays.isPresent() && days == null) {
                days = asDays.get();
            } else if (Parsing.looksLikeTime(w) && time == null) {
                Optional<LocalTime> parsed = Parsing.time(w);
                if (parsed.isEmpty()) {
                    return new Invalid("time");
                }
                time = parsed.get();
            } else if (Parsing.looksLikeZone(word) && zone == null) {
                Optional<ZoneId> parsed = Parsing.zone(word);
                if (parsed.isEmpty()) {
                    return new Invalid("zone");
                }
                zone = parsed.get();
            } else {
                Optional<String> city = Parsing.zoneForCity(word);
                if (city.isPresent()) {
                    LocalTime given = time;
                    if (given == null) {
                        given = java.util.Arrays.stream(words).filter(Parsing::looksLikeTime).findFirst()
                                .flatMap(Parsing::time).orElse(null);
                    }
                    return new Invalid("zone", city, Optional.ofNullable(given));
                }
                return new Invalid("usage");
            }
        }
        if (time == null) {
            return new Invalid("time");
        }
        return new Set(days == null ? DaySet.DAILY : days, time, Optional.ofNullable(zone));
    }

    /** The word-level readers, shared with server check-in commands. */
    final class Parsing {
        private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm)?");
        private static final Pattern TIME_LIKE = Pattern.compile("\\d.*");

        private Parsing() {
        }

        static boolean isOff(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            return w.equals("off") || w.equals("stop") || w.equals("none");
        }

        static boolean looksLikeTime(String word) {
            return TIME_LIKE.matcher(word).matches();
        }

        /** {@code 20:00}, {@code 8:30}, {@code 08.30}, {@code 8pm}, {@code 7:15am}; empty when not a real time. */
        static Optional<LocalTime> time(String word) {
            Matcher m = TIME.matcher(word.toLowerCase(Locale.ROOT));
            if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
                return Optional.empty();
            }
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (m.group(3) != null) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
            }
            if (hour > 23 || minute > 59) {
                return Optional.empty();
            }
            return Optional.of(LocalTime.of(hour, minute));
        }

        /**
         * The region zone whose city is this word ({@code Berlin}, {@code new_york}, {@code Sao_Paulo}); the
         * first in alphabetical order when several share it. For a hint only, never to set a zone the person
         * did not type.
         */
        static Optional<String> zoneForCity(String word) {
            String wanted = word.toLowerCase(Locale.ROOT).replace(' ', '_');
            if (wanted.length() < 3 || !wanted.chars().allMatch(c -> Character.isLetter(c) || c == '_' || c == '-')) {
                return Optional.empty();
            }
            List<String> matches = ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                    .filter(id -> id.substring(id.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).equals(wanted))
                    .sorted().toList();
            return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
        }

        static boolean looksLikeZone(String word) {
            return word.contains("/") || word.equalsIgnoreCase("utc") || word.equalsIgnoreCase("gmt");
        }

        /** A region zone such as {@code Europe/Berlin}, or UTC; case as typed is forgiven. */
        static Optional<ZoneId> zone(String word) {
            if (word.equalsIgnoreCase("utc") || word.equalsIgnoreCase("gmt")) {
                return Optional.of(ZoneId.of("UTC"));
            }
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.equalsIgnoreCase(word)) {
                    try {
                        return Optional.of(ZoneId.of(id));
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }
}
