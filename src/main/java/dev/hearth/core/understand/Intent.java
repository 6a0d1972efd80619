package dev.hearth.core.understand;

import java.util.Locale;

/** What a person is doing with a message; one message can carry several (thanks and goodbye). */
public enum Intent {
    GREETING, VENTING, ASKING_ADVICE, AGREEING, DECLINING, STATING_PLAN, THANKS, GOODBYE, ABOUT_HEARTH,
    VENTING_ONLY, WANTING_CHANGE, SMALL_TALK, GOOD_NEWS, COMMAND;

    /** Lower case with hyphens, as in the intents lexicon and {@code analysis.intents}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The intent a lexicon category names, or null for an unknown name. */
    public static Intent fromWireName(String name) {
        for (Intent intent : values()) {
            if (intent.wireName().equals(name)) {
                return intent;
            }
        }
        return null;
    }
}
