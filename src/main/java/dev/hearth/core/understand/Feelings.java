package dev.hearth.core.understand;

import java.util.Set;

/** The feelings lexicon's positive names, in one place: everything else counts as a difficult feeling. */
public final class Feelings {
    /** Feelings that are good news: they do not make a message venting or call for comfort. */
    public static final Set<String> POSITIVE = Set.of("hopeful", "relieved", "proud", "grateful", "happy", "calm");

    private Feelings() {
    }

    /** True for a difficult feeling (sad, stressed, lonely …), false for a positive one. */
    public static boolean isDifficult(String feeling) {
        return !POSITIVE.contains(feeling);
    }
}
