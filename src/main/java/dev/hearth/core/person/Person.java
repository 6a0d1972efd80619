package dev.hearth.core.person;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A person Hearth talks with: how to address them, where they are (country for crisis resources, time
 * zone for check-ins and follow-ups), whether Hearth may write first, and whether they paused it.
 *
 * @param name        what they asked to be called, empty when unknown
 * @param country     ISO country code they chose, empty to use the platform's locale
 * @param locale      the platform's locale hint, as a BCP 47 tag, empty when unknown
 * @param proactiveOk true when Hearth may send check-ins and follow-ups unasked
 * @param paused      true after {@code /pause}: no proactive messages until {@code /resume}
 */
public record Person(
        UserRef user,
        String name,
        String country,
        String locale,
        ZoneId zone,
        boolean proactiveOk,
        boolean paused,
        Instant createdAt,
        Instant lastSeenAt) {

    public Person {
        Objects.requireNonNull(user, "user");
        name = name == null ? "" : name;
        country = country == null ? "" : country;
        locale = locale == null ? "" : locale;
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    /** Someone Hearth has not met, first seen now. */
    public static Person newcomer(UserRef user, ZoneId zone, Instant now) {
        return new Person(user, "", "", "", zone, true, false, now, now);
    }

    public Person withName(String newName) {
        return new Person(user, newName, country, locale, zone, proactiveOk, paused, createdAt, lastSeenAt);
    }

    public Person withLocale(String newLocale) {
        return new Person(user, name, country, newLocale, zone, proactiveOk, paused, createdAt, lastSeenAt);
    }

    public Person withCountry(String newCountry) {
        return new Person(user, name, newCountry, locale, zone, proactiveOk, paused, createdAt, lastSeenAt);
    }

    public Person withPaused(boolean newPaused) {
        return new Person(user, name, country, locale, zone, proactiveOk, newPaused, createdAt, lastSeenAt);
    }

    public Person seenAt(Instant at) {
        return new Person(user, name, country, locale, zone, proactiveOk, paused, createdAt, at);
    }
}
