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

    private static final java.util.regex.Pattern UNSUCCESSFUL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:didn'?t|did not|couldn'?t|could not|wasn'?t able|never got|forgot|skipped|failed|gave up|"
                    + "no luck|not really|haven'?t|have not|missed|bailed|nope|not yet|barely)\\b");

    /** True when an update on a step says it did not happen or did not go well ("didn't manage", "forgot"). */
    public static boolean soundsUnsuccessful(String text) {
        return UNSUCCESSFUL.matcher(text).find();
    }
}
