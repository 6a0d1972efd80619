package dev.hearth.core.understand;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how often a planned step happens from the person's words ("a few times this week", "every
 * evening", "tomorrow", "on Monday") and names it in plain words. The names are what {@code analysis}
 * and {@code /goals} show and what {@link GoalScheduler} plans follow-ups from.
 */
public final class Cadence {
    public static final String FEW_TIMES_THIS_WEEK = "a few times this week";
    public static final String THIS_WEEK = "this week";
    public static final String EVERY_DAY = "every day";
    public static final String EVERY_MORNING = "every morning";
    public static final String EVERY_EVENING = "every evening";
    public static final String EVERY_NIGHT = "every night";
    public static final String WEEKDAYS = "on weekdays";
    public static final String EVERY_WEEK = "every week";
    public static final String TOMORROW = "tomorrow";
    public static final String TONIGHT = "tonight";
    public static final String TODAY = "today";
    public static final String THIS_WEEKEND = "this weekend";
    public static final String SOON = "soon";

    private record Rule(Pattern pattern, String cadence, boolean removable) {
    }

    private static final List<String> DAYS =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final List<Rule> RULES = List.of(
            rule("(?:a few|a couple of|a couple|few|some|several) times (?:this|a|per|each|every) week", FEW_TIMES_THIS_WEEK, true),
            rule("(?:twice|two times|three times|four times|\\d+ times|\\d+x) (?:a|per|each|every) week", null, true),
            rule("(?:every|each) (?:single )?(?:day|weekday)|daily|once a day|day by day", EVERY_DAY, true),
            rule("(?:every|each) morning|in the mornings|mornings", EVERY_MORNING, true),
            rule("(?:every|each) (?:evening|afternoon)|in the evenings|evenings|after (?:work|dinner) each day", EVERY_EVENING, false),
            rule("(?:every|each) night|nightly|before bed(?:time)? each night|at night", EVERY_NIGHT, false),
            rule("(?:on )?weekdays|(?:every|each) workday", WEEKDAYS, true),
            rule("(?:once )?(?:a|per|each|every) week|weekly", EVERY_WEEK, true),
            rule("tomorrow(?: morning| evening| night| afternoon)?", TOMORROW, true),
            rule("tonight|this evening", TONIGHT, true),
            rule("today|this afternoon|later today|right now|now", TODAY, true),
            rule("(?:this|on the|at the|over the) weekend", THIS_WEEKEND, true),
            rule("(?:on |next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?", null, true),
            rule("this week|during the week|over the next few days", THIS_WEEK, true),
            rule("in the evening|after work|after dinner|before bed|before i go to sleep", EVERY_EVENING, false),
            rule("in the morning|before work|when i wake up", EVERY_MORNING, false));

    private static Rule rule(String regex, String cadence, boolean removable) {
        return new Rule(Pattern.compile("\\b(?:" + regex + ")\\b"), cadence, removable);
    }

    /** A planned step's text with its cadence read and, where it is only a time phrase, removed. */
    public record Reading(String cadence, String textWithoutCadence) {
    }

    /** Reads the cadence in a lower-case action phrase; {@link #SOON} when it names none. */
    public Reading read(String action) {
        String lower = action.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(lower);
            if (!m.find()) {
                continue;
            }
            String cadence = rule.cadence() != null ? rule.cadence() : named(m.group());
            String text = action;
            if (rule.removable()) {
                text = (action.substring(0, m.start()) + action.substring(m.end()))
                        .replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.])", "$1").strip();
                text = text.replaceAll("(?i)\\s*\\b(?:on|at|for|in|and)$", "").strip();
            }
            return new Reading(cadence, text);
        }
        return new Reading(SOON, action);
    }

    /** The plain name of a matched weekday or "N times a week" phrase. */
    private static String named(String matched) {
        for (String day : DAYS) {
            if (matched.contains(day)) {
                return "on " + Character.toUpperCase(day.charAt(0)) + day.substring(1);
            }
        }
        return matched.replace(" per ", " a ").replace(" each ", " a ").replace(" every ", " a ");
    }

    /** The weekday a cadence like "on Monday" names, or -1. Monday is 1, as in {@code DayOfWeek}. */
    public static int weekday(String cadence) {
        String lower = cadence.toLowerCase(Locale.ROOT);
        for (int i = 0; i < DAYS.size(); i++) {
            if (lower.equals("on " + DAYS.get(i))) {
                return i + 1;
            }
        }
        return -1;
    }
}
