package dev.hearth.core.safety;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of {@code rules.txt}: a level, an id (never the person's words), flags that change how
 * its subject is read, the words that must be in a sentence for it to run, and its compiled pattern.
 */
record CrisisRule(Strength strength, String id, Set<Flag> flags, Set<String> triggers, Pattern pattern) {

    /** How strong a match is on its own. */
    enum Strength {
        /** Counts only together with another sign in the same message. */
        WEAK,
        CONCERN,
        ACUTE
    }

    /** How a rule's subject and context are read. */
    enum Flag {
        /** Always about the writer ("better off without me"). */
        SELF,
        /** Ignored unless about the writer. */
        SELFONLY,
        /** Always about someone else. */
        OTHER,
        /** Cancelled by an ordinary-farewell cue in the sentence. */
        FAREWELL,
        /** Not lowered by a past cue. */
        NOPAST
    }

    CrisisRule {
        flags = Set.copyOf(flags);
        triggers = Set.copyOf(triggers);
    }

    boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** The family, the part of the id before the first dot: suicide, selfharm, means, … */
    String family() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
