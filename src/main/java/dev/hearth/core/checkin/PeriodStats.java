package dev.hearth.core.checkin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The answers to a space's check-ins over the last days, counted per mood, only when enough different
 * people answered that nobody can be singled out: a period with fewer than {@link #MIN_PEOPLE} has no
 * figures at all, and inside a period a day with fewer than that many has no figures either. Nothing in
 * it says who answered what.
 *
 * @param days    the period's length, ending today
 * @param people  how many different people answered in the period
 * @param byScore answers per mood, index 0 for score 1; all zero when not {@link #shown()}
 * @param byDay   per day with enough people, answers per mood (index 0 for score 1)
 */
public record PeriodStats(int days, int people, List<Integer> byScore, SortedMap<LocalDate, List<Integer>> byDay) {
    /** The fewest different people whose answers may be shown together. */
    public static final int MIN_PEOPLE = 5;

    public PeriodStats {
        byScore = List.copyOf(byScore);
        byDay = Collections.unmodifiableSortedMap(new TreeMap<>(byDay));
    }

    /** True when the period has figures to show. */
    public boolean shown() {
        return people >= MIN_PEOPLE;
    }

    /** How many answers the figures count. */
    public int answers() {
        return byScore.stream().mapToInt(Integer::intValue).sum();
    }

    /** Counts the answers of the {@code days} days ending {@code today}. */
    public static PeriodStats of(List<AnswerFact> facts, LocalDate today, int days) {
        LocalDate first = today.minusDays(days - 1L);
        Set<Long> people = new HashSet<>();
        Map<LocalDate, Set<Long>> peopleByDay = new TreeMap<>();
        Map<LocalDate, int[]> countsByDay = new TreeMap<>();
        for (AnswerFact fact : facts) {
            // Today is still open: asking twice and comparing would show one person's answer.
            if (fact.day().isBefore(first) || !fact.day().isBefore(today) || fact.score() < 1 || fact.score() > 5) {
                continue;
            }
            people.add(fact.member());
            peopleByDay.computeIfAbsent(fact.day(), d -> new HashSet<>()).add(fact.member());
            countsByDay.computeIfAbsent(fact.day(), d -> new int[5])[fact.score() - 1]++;
        }
        int[] total = new int[5];
        SortedMap<LocalDate, List<Integer>> byDay = new TreeMap<>();
        if (people.size() >= MIN_PEOPLE) {
            for (Map.Entry<LocalDate, int[]> day : countsByDay.entrySet()) {
                int[] counts = day.getValue();
                if (peopleByDay.get(day.getKey()).size() < MIN_PEOPLE) {
                    continue; // a day of fewer than five is neither shown nor counted: totals minus days would reveal it
                }
                for (int i = 0; i < 5; i++) {
                    total[i] += counts[i];
                }
                byDay.put(day.getKey(), asList(counts));
            }
        }
        return new PeriodStats(days, people.size(), asList(total), byDay);
    }

    private static List<Integer> asList(int[] counts) {
        List<Integer> list = new ArrayList<>(counts.length);
        for (int count : counts) {
            list.add(count);
        }
        return list;
    }
}
