package dev.hearth.core.checkin;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The days of the week a check-in happens: {@code daily}, {@code weekdays}, or a list such as
 * {@code mon,wed,fri}. Its {@link #wireName()} is how it is stored and typed.
 */
public record DaySet(Set<DayOfWeek> days) {
    /** Every day of the week. */
    public static final DaySet DAILY = new DaySet(EnumSet.allOf(DayOfWeek.class));
    /** Monday to Friday. */
    public static final DaySet WEEKDAYS = new DaySet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public DaySet {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a check-in needs at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** True when a check-in falls on this day. */
    public boolean includes(DayOfWeek day) {
        return days.contains(day);
    }

    /** {@code daily}, {@code weekdays}, or the days' three-letter names joined by commas, Monday first. */
    public String wireName() {
        if (equals(DAILY)) {
            return "daily";
        }
        if (equals(WEEKDAYS)) {
            return "weekdays";
        }
        StringBuilder out = new StringBuilder();
        for (DayOfWeek day : EnumSet.copyOf(days)) {
            out.append(out.isEmpty() ? "" : ",").append(day.name().substring(0, 3).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** Reads {@code daily}, {@code weekdays} or a comma list of day names; empty when it is none of those. */
    public static Optional<DaySet> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("daily") || t.equals("everyday")) {
            return Optional.of(DAILY);
        }
        if (t.equals("weekdays")) {
            return Optional.of(WEEKDAYS);
        }
        EnumSet<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (String part : t.split(",")) {
            Optional<DayOfWeek> day = dayNamed(part.strip());
            if (day.isEmpty()) {
                return Optional.empty();
            }
            chosen.add(day.get());
        }
        return Optional.of(new DaySet(chosen));
    }

    private static Optional<DayOfWeek> dayNamed(String name) {
        if (name.length() < 3) {
            return Optional.empty();
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(name)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
