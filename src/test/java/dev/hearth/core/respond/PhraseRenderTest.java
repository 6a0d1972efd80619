package dev.hearth.core.respond;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.Reply;
import dev.hearth.data.YamlResources;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Renders every phrase variant with sample slot values, the way replies are made, and reads the result
 * as a person would: no capital letter in the middle of a sentence after a slot ("I'll ask Every day"),
 * no plural after the number 1 ("from 1 check-ins"), no two greetings in a row.
 */
@DisplayName("Phrases as rendered")
class PhraseRenderTest {
    static final PhraseBook BOOK = new YamlResources("en").phrases();
    static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");
    /** Slots that hold a number. {days} is a number in mood and summary streaks, words in a reminder. */
    static final Set<String> NUMBERS = Set.of("count", "number", "people", "max", "average");
    /**
     * Keys whose number is never 1 where the code uses them, with the reason; every other key with a
     * number must read right with 1 or have a {@code .one} sibling that the code picks for 1.
     */
    static final Map<String, String> NEVER_ONE = Map.of(
            "mood.summary.streak", "said only for a streak of two days or more",
            "summary.weekly.streak", "said only for a streak of two days or more",
            "summary.weekly.goals", "the code picks summary.weekly.goals.one for one",
            "server.stats.withheld", "{max} is the five-person minimum",
            "server.stats.period", "periods are 7 and 30 days, shown only with five people or more",
            "chart.server.alt", "the chart covers 30 days and is shown only with five people or more",
            "guard.too_long", "{max} is the message length limit, in the thousands");
    /** The number 1 before a plural of the nouns phrases count (a check-in's number before a verb is fine). */
    static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d.,:])\\b1 (check-ins|days|times|answers|people|"
            + "characters|steps|messages|weeks|notes|moods|goals|hours|minutes|breaths|things|rounds)\\b");
    static final Pattern GREETING = Pattern.compile("(?i)(?:^|[.!?]\\s+)(hi|hello|hey|welcome)\\b");

    /** Sample values for a variant of this key: fragments from the phrase files themselves, as the code uses them. */
    static Map<String, String> samples(String key, String one) {
        Map<String, String> slots = new HashMap<>();
        boolean countedDays = key.startsWith("mood.summary") || key.startsWith("summary.")
                || key.startsWith("server.stats") || key.startsWith("chart.server");
        slots.put("days", countedDays ? one : BOOK.first("reminders.days.daily", "every day"));
        for (String number : NUMBERS) {
            slots.put(number, number.equals("average") ? "3.5" : one);
        }
        slots.put("name", "Sam");
        slots.put("names", "/checkins, /checkin-stats");
        slots.put("feeling", BOOK.first("feeling.name.overwhelmed", "overwhelmed"));
        slots.put("topic", BOOK.first("topic.name.work", "work"));
        slots.put("goal", "take a short walk");
        slots.put("goals", "take a short walk and call my brother");
        slots.put("active_goal", "take a short walk");
        slots.put("echo", "you've been carrying a lot");
        slots.put("concern", "work has been a lot");
        slots.put("day", "Sunday 29 November at 18:00");
        slots.put("time", "20:00");
        slots.put("zone", "Europe/Berlin");
        slots.put("best", "Tuesday 24 November");
        slots.put("hardest", "Friday 20 November");
        slots.put("label", BOOK.first("safetyplan.step.1.title", "Warning signs"));
        slots.put("link", "https://t.me/HearthBot");
        slots.put("crisis_lines", "Samaritans: 116 123");
        slots.put("help_list", "/help - what Hearth can do");
        slots.put("resources", "Samaritans: 116 123");
        slots.put("subject", "your friend");
        slots.put("emergency", "112");
        slots.put("emergencies", "112 or 999");
        slots.put("first", "26 Oct - 24 Nov 2026");
        slots.put("lowest", "Low, 20 Nov");
        slots.put("highest", "Great, 24 Nov");
        return slots;
    }

    /** Every variant of every key, filled; for a key with a {@code .one} sibling, with 2 instead of 1. */
    static List<String[]> rendered() {
        List<String[]> out = new ArrayList<>();
        BOOK.phrases().forEach((key, variants) -> {
            String one = BOOK.has(key + ".one") || NEVER_ONE.containsKey(key) ? "2" : "1";
            Map<String, String> slots = samples(key, one);
            for (int i = 0; i < variants.size(); i++) {
                out.add(new String[] {key + "#" + i, fill(variants.get(i), slots), variants.get(i)});
            }
        });
        return out;
    }

    static String fill(String variant, Map<String, String> slots) {
        Matcher m = SLOT.matcher(variant);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(text, Matcher.quoteReplacement(slots.getOrDefault(m.group(1), m.group(0))));
        }
        m.appendTail(text);
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Test
    @DisplayName("no slot puts a capital letter in the middle of a sentence")
    void noCapitalAfterSlot() {
        List<String> wrong = new ArrayList<>();
        for (String[] phrase : rendered()) {
            Matcher m = SLOT.matcher(phrase[2]);
            while (m.find()) {
                String before = phrase[2].substring(0, m.start());
                boolean midSentence = before.matches("(?s).*[a-z,;:] $");
                String value = samples(phrase[0], "1").getOrDefault(m.group(1), "");
                if (midSentence && !value.isEmpty() && Character.isUpperCase(value.charAt(0))
                        && !Set.of("name", "best", "hardest", "day", "zone", "label", "first", "lowest", "highest",
                        "crisis_lines", "resources", "link").contains(m.group(1))) {
                    wrong.add(phrase[0] + ": " + phrase[1]);
                }
            }
            Matcher word = Pattern.compile("[a-z,] (Every|Each|Daily|Weekdays|On|At)\\b").matcher(phrase[1]);
            if (word.find()) {
                wrong.add(phrase[0] + ": " + phrase[1]);
            }
        }
        // Fragments that go inside sentences start in lower case.
        BOOK.phrases().forEach((key, variants) -> {
            if (key.startsWith("reminders.days.") || key.startsWith("goal.status.") || key.startsWith("feeling.name.")
                    || key.startsWith("topic.name.")) {
                variants.stream().filter(v -> !v.isEmpty() && Character.isUpperCase(v.charAt(0)))
                        .forEach(v -> wrong.add(key + ": " + v));
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("with the number 1 no phrase says a plural ('1 check-ins', '1 days')")
    void noPluralWithOne() {
        List<String> wrong = new ArrayList<>();
        for (String[] phrase : rendered()) {
            Matcher m = ONE_PLURAL.matcher(phrase[1]);
            if (m.find()) {
                wrong.add(phrase[0] + ": " + phrase[1]);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("the plural check itself catches '1 check-ins' and '1 days' and lets '1 check-in' pass")
    void pluralCheckWorks() {
        assertThat(ONE_PLURAL.matcher("across 1 check-ins.").find()).isTrue();
        assertThat(ONE_PLURAL.matcher("for 1 days in a row").find()).isTrue();
        assertThat(ONE_PLURAL.matcher("across 1 check-in.").find()).isFalse();
        assertThat(ONE_PLURAL.matcher("step 1 of 7").find()).isFalse();
        assertThat(ONE_PLURAL.matcher("at 21:30 or 1 is").find()).isFalse();
    }

    @Test
    @DisplayName("no single phrasing greets twice")
    void noDoubleGreetingInAPhrase() {
        List<String> wrong = new ArrayList<>();
        for (String[] phrase : rendered()) {
            Matcher m = GREETING.matcher(phrase[1]);
            int greetings = 0;
            while (m.find()) {
                greetings++;
            }
            if (greetings > 1) {
                wrong.add(phrase[0] + ": " + phrase[1]);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("a first 'hi' gets one greeting: the disclosure's, never a second 'Hi, I'm here.' after it")
    void noDoubleGreetingAtFirstContact() {
        for (String opener : List.of("hi", "hello", "hey there", "hi, I'm Sam")) {
            try (TestHearth hearth = TestHearth.create()) {
                FakePlatform.Person sam = hearth.platform().person("sam");
                Reply reply = sam.says(opener).replies().get(0);
                Matcher m = GREETING.matcher(String.join(" ", reply.parts()));
                int greetings = 0;
                while (m.find()) {
                    greetings++;
                }
                assertThat(greetings).as("%s -> %s", opener, reply.parts()).isLessThanOrEqualTo(1);
            }
        }
    }
}
