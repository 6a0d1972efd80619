/**
 * Check-ins: personal mood reminders, goal follow-ups and moods. {@link dev.hearth.core.checkin.Recurrence}
 * turns a local time in a zone into instants (daylight saving handled), {@link
 * dev.hearth.core.checkin.CheckinScheduler} claims and sends what is due, {@link
 * dev.hearth.core.checkin.CheckinCommands} answers {@code /checkin}, {@code /reminders}, {@code /mood} and the
 * mood and goal buttons, and {@link dev.hearth.core.checkin.CheckinStore} is the port the store implements.
 */
package dev.hearth.core.checkin;
