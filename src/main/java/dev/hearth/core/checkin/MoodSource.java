package dev.hearth.core.checkin;

import java.util.Locale;

/** Where a mood came from: a personal check-in, something said in conversation, a server check-in. */
public enum MoodSource {
    CHECKIN, CONVERSATION, SERVER;

    /** The stored name: {@code checkin}, {@code conversation} or {@code server}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
