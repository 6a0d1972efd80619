package dev.hearth.core.command;

import dev.hearth.core.person.Person;
import java.util.Locale;

/**
 * The crisis lines for a person, as text to show in {@code /crisis}, {@code /help} and {@code /start}:
 * their country's services from {@code bot-config/crisis-resources.yaml}, else those of their
 * platform locale, else an international directory.
 */
@FunctionalInterface
public interface CrisisLines {
    /** One short block of text listing who to contact, for this person. */
    String describe(Person person, Locale platformLocale);
}
