package dev.hearth.core.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Hearth's crisis detector: rules from data files, applied in layers. The message is normalised
 * (spacing, leetspeak, stretched letters, slang), split into sentences, and each sentence is matched
 * against the rules its words can trigger. Every match is then read in context: idioms, negation,
 * whose safety it is (the writer, someone they know, a character, a quoted speaker), past or now,
 * games, ordinary goodbyes. The message's level is the highest of its sentences; euphemisms that mean
 * nothing alone ("I have everything I need") count as acute next to another sign.
 *
 * <p>Thread-safe and immutable. Build it once, with {@link #english()} or {@link #forLanguage(String)}:
 * the data files are read and compiled then, so a bad file fails at start-up, never mid-conversation.
 * {@link #assess(String)} never throws.
 */
public final class LayeredCrisisDetector implements CrisisDetector {
    private static final int NEGATION_WINDOW = 6;

    private final CrisisRuleBook book;
    private final ContextCues cues;
    private final SubjectResolver subjects;

    LayeredCrisisDetector(CrisisRuleBook book) {
        this.book = Objects.requireNonNull(book, "book");
        this.cues = book.cues();
        this.subjects = new SubjectResolver(cues);
    }

    /** The detector for English, from the bundled {@code safety/en/} files. */
    public static LayeredCrisisDetector english() {
        return forLanguage("en");
    }

    /**
     * The detector for a language whose files are bundled under {@code safety/<language>/}.
     *
     * @throws IllegalStateException naming the file and line when a data file is missing or malformed
     */
    public static LayeredCrisisDetector forLanguage(String language) {
        return new LayeredCrisisDetector(CrisisRuleBook.load(LayeredCrisisDetector.class.getClassLoader(), language));
    }

    @Override
    public CrisisAssessment assess(String text) {
        if (text == null || text.isBlank()) {
            return CrisisAssessment.none();
        }
        try {
            return judge(text);
        } catch (RuntimeException e) {
            // Must never fail a turn; the reason lets the lead see it happened without any text.
            return new CrisisAssessment(CrisisLevel.NONE, CrisisSubject.SELF, "error:" + e.getClass().getSimpleName());
        }
    }

    /** What one accepted match says. */
    private record Finding(CrisisLevel level, CrisisSubject subject, String reason) {
        boolean beats(Finding other) {
            if (other == null || level.compareTo(other.level) > 0) {
                return true;
            }
            return level == other.level && subject == CrisisSubject.SELF && other.subject == CrisisSubject.OTHER;
        }
    }

    private CrisisAssessment judge(String text) {
        List<Sentence> sentences = book.normalizer().normalize(text);
        MessageCues message = new MessageCues(sentences, cues);
        Finding best = null;
        Finding strongestSelf = null;
        Set<String> weak = new LinkedHashSet<>();
        for (int index = 0; index < sentences.size(); index++) {
            Sentence sentence = sentences.get(index);
            List<int[]> weakSpans = null;    // made only for the rare sentence with a weak sign
            BitSet candidates = book.candidates(sentence);
            SentenceCues local = new SentenceCues(sentence, cues);
            for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
                CrisisRule rule = book.rules().get(r);
                Matcher m = rule.pattern().matcher(sentence.text());
                while (m.find()) {
                    Finding finding = judgeMatch(rule, sentence, m.start(), m.end(), local, message);
                    if (finding == null) {
                        continue;
                    }
                    if (rule.strength() == CrisisRule.Strength.WEAK) {
                        // Two rules reading exactly the same words are one sign; the same euphemism in two
                        // sentences is two.
                        if (weakSpans == null) {
                            weakSpans = new ArrayList<>();
                        }
                        if (!sameSpan(weakSpans, m.start(), m.end())) {
                            weakSpans.add(new int[] {m.start(), m.end()});
                            weak.add(weak.contains(rule.id()) ? rule.id() + "#" + index : rule.id());
                        }
                        break;
                    }
                    if (finding.beats(best)) {
                        best = finding;
                    }
                    if (finding.subject() == CrisisSubject.SELF && finding.beats(strongestSelf)) {
                        strongestSelf = finding;
                    }
                    if (finding.level() == CrisisLevel.ACUTE) {
                        // A later match of the same rule can only tie; a lowered one might be followed by a stronger one.
                        break;
                    }
                }
            }
        }
        // A euphemism next to another sign, or two of them, is a plan said quietly.
        if (!weak.isEmpty() && (strongestSelf != null || weak.size() >= 2)) {
            List<String> parts = new ArrayList<>();
            if (strongestSelf != null) {
                parts.add(strongestSelf.reason());
            }
            parts.addAll(weak);
            Finding escalated = new Finding(CrisisLevel.ACUTE, CrisisSubject.SELF, String.join("+", parts));
            if (escalated.beats(best)) {
                best = escalated;
            }
        }
        return best == null ? CrisisAssessment.none() : new CrisisAssessment(best.level(), best.subject(), best.reason());
    }

    private static boolean sameSpan(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start == span[0] && end == span[1]) {
                return true;
            }
        }
        return false;
    }

    /** Reads one match in its context; null when it is not a risk. */
    private Finding judgeMatch(CrisisRule rule, Sentence s, int start, int end, SentenceCues local, MessageCues message) {
        if (local.overlapsIdiom(start, end)) {
            return null;
        }
        int first = s.tokenAt(start);
        int last = s.tokenAt(Math.max(start, end - 1));
        if (negated(s, first)) {
            return null;
        }
        SubjectResolver.Subject resolved = subjects.resolve(s, first, last);
        SubjectResolver.Who who = resolved.who();
        if (rule.has(CrisisRule.Flag.SELF)) {
            who = SubjectResolver.Who.SELF;
        } else if (rule.has(CrisisRule.Flag.OTHER) && who == SubjectResolver.Who.SELF) {
            who = SubjectResolver.Who.OTHER_VAGUE;
        }
        CrisisSubject subject = switch (who) {
            case SELF -> CrisisSubject.SELF;
            case OTHER_PERSON -> CrisisSubject.OTHER;
            case OTHER_VAGUE -> message.aboutStoryOrNews() ? null : CrisisSubject.OTHER;
            case YOU, STRANGER, UNKNOWN -> null;
        };
        if (subject == null || (rule.has(CrisisRule.Flag.SELFONLY) && subject != CrisisSubject.SELF)) {
            return null;
        }
        if (resolved.unattributedQuote() && message.aboutSongOrStory()) {
            return null;
        }
        if (subject == CrisisSubject.SELF && local.aboutAGame()) {
            return null;
        }
        if (rule.has(CrisisRule.Flag.FAREWELL) && local.ordinaryFarewell()) {
            return null;
        }
        if (rule.strength() == CrisisRule.Strength.WEAK) {
            // Only counted, never a level of its own; only the writer's euphemisms count.
            return subject == CrisisSubject.SELF ? new Finding(CrisisLevel.NONE, subject, rule.id()) : null;
        }
        if (subject == CrisisSubject.OTHER) {
            return new Finding(message.imminent() ? CrisisLevel.ACUTE : CrisisLevel.CONCERN, subject, rule.id());
        }
        if (rule.strength() == CrisisRule.Strength.ACUTE) {
            if (!rule.has(CrisisRule.Flag.NOPAST) && local.inThePast(start, end)) {
                return new Finding(CrisisLevel.CONCERN, subject, rule.id() + "+past");
            }
            return new Finding(CrisisLevel.ACUTE, subject, rule.id());
        }
        return new Finding(CrisisLevel.CONCERN, subject, rule.id());
    }

    /**
     * A negation a few words before the match, in the same clause, with no new subject in between:
     * "I'm not going to kill myself" yes; "I'm not okay I want to die" no.
     */
    private boolean negated(Sentence s, int first) {
        for (int i = first - 1; i >= Math.max(0, first - NEGATION_WINDOW); i--) {
            String t = s.token(i);
            if (cues.scopeEnd().contains(t)) {
                return false;
            }
            if (cues.negation().contains(t) && !inPseudoNegation(s, i)) {
                for (int k = i + 1; k < first; k++) {
                    String between = s.token(k);
                    if (cues.firstPerson().contains(between) || cues.thirdPerson().contains(between)
                            || cues.secondPerson().contains(between)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private boolean inPseudoNegation(Sentence s, int index) {
        for (String[] phrase : cues.pseudoNegation()) {
            for (int offset = 0; offset < phrase.length; offset++) {
                int from = index - offset;
                if (from < 0 || from + phrase.length > s.size() || !phrase[offset].equals(s.token(index))) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < phrase.length && all; k++) {
                    all = phrase[k].equals(s.token(from + k));
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sentence-wide cues, each looked for at most once and only when a match needs it. */
    private static final class SentenceCues {
        private final Sentence sentence;
        private final ContextCues cues;
        private List<int[]> idiomSpans;
        private List<int[]> pastSpans;
        private Boolean game;
        private Boolean farewell;

        SentenceCues(Sentence sentence, ContextCues cues) {
            this.sentence = sentence;
            this.cues = cues;
        }

        boolean overlapsIdiom(int start, int end) {
            if (idiomSpans == null) {
                idiomSpans = cues.idioms().spansIn(sentence);
            }
            for (int[] span : idiomSpans) {
                if (span[0] < end && span[1] > start) {
                    return true;
                }
            }
            return false;
        }

        boolean aboutAGame() {
            if (game == null) {
                game = cues.game().foundIn(sentence);
            }
            return game;
        }

        boolean ordinaryFarewell() {
            if (farewell == null) {
                farewell = cues.ordinaryFarewell().foundIn(sentence);
            }
            return farewell;
        }

        /**
         * True when a past cue ("when I was 16", "years ago") shares the sentence with the match and
         * no recent cue ("now", "again") stands between the two.
         */
        boolean inThePast(int start, int end) {
            if (pastSpans == null) {
                pastSpans = cues.past().spansIn(sentence);
            }
            for (int[] past : pastSpans) {
                int from = Math.min(past[1], end);
                int to = Math.max(past[0], start);
                if (from >= to) {
                    return true;
                }
                if (!cues.recent().foundIn(sentence, from, to)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Message-wide cues, each looked for at most once and only when a match needs it. */
    private static final class MessageCues {
        private final List<Sentence> sentences;
        private final ContextCues cues;
        private Boolean storyOrNews;
        private Boolean songOrStory;
        private Boolean imminent;

        MessageCues(List<Sentence> sentences, ContextCues cues) {
            this.sentences = sentences;
            this.cues = cues;
        }

        boolean aboutStoryOrNews() {
            if (storyOrNews == null) {
                storyOrNews = any(cues.fiction()) || any(cues.news());
            }
            return storyOrNews;
        }

        boolean aboutSongOrStory() {
            if (songOrStory == null) {
                songOrStory = any(cues.song()) || any(cues.fiction());
            }
            return songOrStory;
        }

        boolean imminent() {
            if (imminent == null) {
                imminent = sentences.stream().anyMatch(s -> cues.imminent().foundIn(s));
            }
            return imminent;
        }

        private boolean any(PhraseSet set) {
            for (Sentence s : sentences) {
                if (set.foundIn(s)) {
                    return true;
                }
            }
            return false;
        }
    }
}
