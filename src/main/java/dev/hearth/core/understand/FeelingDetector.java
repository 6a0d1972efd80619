package dev.hearth.core.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the support words a person uses about themselves (overwhelmed, lonely, exhausted, …) from the
 * feelings lexicon, and reads the words around each: negation before it ("not", "don't feel", "no
 * longer") or "anymore" after it, intensity ("a bit", "so", "really"), and time ("today", "lately",
 * "for months"). One mention per feeling, the strongest kept.
 */
public final class FeelingDetector {
    private static final Pattern STRONG_BEFORE = Pattern.compile(
            "\\b(?:so|really|very|extremely|incredibly|super|totally|completely|utterly|absolutely|"
                    + "constantly|always|deeply|terribly|awfully|too|unbelievably|insanely|fucking|fkn|damn)"
                    + "(?:\\s+[\\p{L}']+)?\\s*$");
    private static final Pattern MILD_BEFORE = Pattern.compile(
            "\\b(?:a bit|a little|a little bit|slightly|kind of|kinda|sort of|somewhat|a tad|mildly|"
                    + "a touch|bit)(?:\\s+[\\p{L}']+)?\\s*$");
    private static final Pattern TIMEFRAME = Pattern.compile(
            "\\b(today|tonight|this morning|right now|at the moment|lately|recently|these days|"
                    + "this week|all week|this month|for (?:days|weeks|months|years|a while|a long time|ages)|"
                    + "all the time|always|every day|since [\\p{L}]+)\\b");

    private final PhraseMatcher matcher;

    public FeelingDetector(Lexicon feelings) {
        this.matcher = new PhraseMatcher(feelings);
    }

    /** The feelings in normalised text, negated ones included and marked. */
    public List<FeelingMention> detect(String normalizedText) {
        Map<String, FeelingMention> byFeeling = new LinkedHashMap<>();
        String timeframe = timeframe(normalizedText);
        for (PhraseMatcher.Match match : longestFirst(matcher.find(normalizedText))) {
            if (match.category().startsWith("_")) {
                continue; // a blocking phrase: it only keeps shorter matches inside it from counting
            }
            String clause = Negation.clauseBefore(normalizedText, match.start());
            boolean negated = Negation.isNegated(normalizedText, match.start(), match.end());
            Intensity intensity = STRONG_BEFORE.matcher(clause).find() ? Intensity.STRONG
                    : MILD_BEFORE.matcher(clause).find() ? Intensity.MILD : Intensity.MODERATE;
            FeelingMention mention = new FeelingMention(match.category(), intensity, timeframe, negated);
            byFeeling.merge(match.category(), mention, FeelingDetector::stronger);
        }
        return new ArrayList<>(byFeeling.values());
    }

    /**
     * The matches with any match inside a longer one dropped, so "calm down" is not also "down" and
     * "sit down" is nothing at all.
     */
    private static List<PhraseMatcher.Match> longestFirst(List<PhraseMatcher.Match> matches) {
        List<PhraseMatcher.Match> bySize = new ArrayList<>(matches);
        bySize.sort((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()));
        List<PhraseMatcher.Match> kept = new ArrayList<>();
        for (PhraseMatcher.Match m : bySize) {
            boolean inside = kept.stream().anyMatch(k -> k.start() <= m.start() && m.end() <= k.end()
                    && !(k.start() == m.start() && k.end() == m.end()));
            if (!inside) {
                kept.add(m);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return kept;
    }

    /** A non-negated mention beats a negated one; then the stronger intensity. */
    private static FeelingMention stronger(FeelingMention a, FeelingMention b) {
        if (a.negated() != b.negated()) {
            return a.negated() ? b : a;
        }
        return a.intensity().compareTo(b.intensity()) >= 0 ? a : b;
    }

    private static String timeframe(String text) {
        Matcher m = TIMEFRAME.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
