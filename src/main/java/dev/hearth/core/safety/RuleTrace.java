package dev.hearth.core.safety;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Tells whether the crisis rules had something to say about a message, even when they cleared it: a
 * non-weak rule whose pattern matched some sentence (before idioms, negation, subject, quotes or games
 * were weighed), a negation shortly before a word that can start a rule ("I'm not a burden", which
 * some rules leave out of their pattern itself), an idiom, or a message about a game, a story, the news
 * or a song. When the rules reached none that way, they decided for a reason, and a model must not
 * overrule them.
 *
 * <p>Uses the same data files as {@link LayeredCrisisDetector}; thread-safe and immutable.
 */
public final class RuleTrace {
    private static final int NEGATION_REACH = 3;

    private final CrisisRuleBook book;
    private final Set<String> strongTriggers;

    RuleTrace(CrisisRuleBook book) {
        this.book = Objects.requireNonNull(book, "book");
        Set<String> words = new HashSet<>();
        for (CrisisRule rule : book.rules()) {
            if (rule.strength() != CrisisRule.Strength.WEAK) {
                words.addAll(rule.triggers());
            }
        }
        words.remove("*");
        this.strongTriggers = Set.copyOf(words);
    }

    /** The trace for English, from the bundled {@code safety/en/} files. */
    public static RuleTrace english() {
        return new RuleTrace(CrisisRuleBook.load(RuleTrace.class.getClassLoader(), "en"));
    }

    /** True when any rule or context cue touched the message; see the class comment. */
    public boolean touched(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        List<Sentence> sentences = book.normalizer().normalize(text);
        ContextCues cues = book.cues();
        for (Sentence sentence : sentences) {
            if (cues.game().foundIn(sentence) || cues.fiction().foundIn(sentence) || cues.news().foundIn(sentence)
                    || cues.song().foundIn(sentence) || !cues.idioms().spansIn(sentence).isEmpty()) {
                return true;
            }
            BitSet candidates = book.candidates(sentence);
            if (negatedTrigger(sentence, cues)) {
                return true;
            }
            for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
                CrisisRule rule = book.rules().get(r);
                if (rule.strength() != CrisisRule.Strength.WEAK && rule.pattern().matcher(sentence.text()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    // A negation (not a pseudo-negation) with a non-weak rule's trigger word within a few words after it,
    // in the same clause.
    private boolean negatedTrigger(Sentence s, ContextCues cues) {
        for (int i = 0; i < s.size(); i++) {
            if (!cues.negation().contains(s.token(i)) || pseudoNegationAt(s, i, cues)) {
                continue;
            }
            for (int k = i + 1; k <= Math.min(s.size() - 1, i + NEGATION_REACH); k++) {
                String t = s.token(k);
                if (cues.scopeEnd().contains(t)) {
                    break;
                }
                if (strongTriggers.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean pseudoNegationAt(Sentence s, int i, ContextCues cues) {
        for (String[] phrase : cues.pseudoNegation()) {
            if (!phrase[0].equals(s.token(i)) || i + phrase.length > s.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < phrase.length && all; k++) {
                all = phrase[k].equals(s.token(i + k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
