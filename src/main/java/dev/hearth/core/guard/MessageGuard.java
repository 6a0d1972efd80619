package dev.hearth.core.guard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guard stage: length, readability and rate checks that every message passes before
 * understanding (the safety layer reads the message whatever the guard decides). The rate window is
 * kept in memory per person, bounded, and forgotten on restart, which is fine for a flood guard.
 */
public final class MessageGuard {
    private final int maxLength;
    private final int maxPerWindow;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /**
     * @param maxLength    the longest message read, in characters
     * @param maxPerWindow how many messages a person may send within {@code window}
     */
    public MessageGuard(int maxLength, int maxPerWindow, Duration window) {
        this.maxLength = maxLength;
        this.maxPerWindow = maxPerWindow;
        this.window = window;
    }

    /** The verdict on one message from one person at a time. */
    public GuardVerdict check(String personKey, String text, Instant at) {
        if (text == null || text.isBlank()) {
            return GuardVerdict.EMPTY;
        }
        if (text.length() > maxLength) {
            return GuardVerdict.TOO_LONG;
        }
        if (tooFast(personKey, at)) {
            return GuardVerdict.TOO_FAST;
        }
        return readability(text);
    }

    private static GuardVerdict readability(String text) {
        int latin = 0;
        int otherLetters = 0;
        int symbols = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    otherLetters++;
                }
            } else if (Character.isDigit(cp) || isEmoji(cp)) {
                symbols++;
            }
        }
        if (latin == 0 && otherLetters == 0 && symbols == 0) {
            return GuardVerdict.UNREADABLE;
        }
        if (latin == 0 && otherLetters > 0) {
            return GuardVerdict.OTHER_LANGUAGE;
        }
        return GuardVerdict.OK;
    }

    private static boolean isEmoji(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
    }

    private boolean tooFast(String personKey, Instant at) {
        Deque<Instant> times = recent.computeIfAbsent(personKey, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(at.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= maxPerWindow) {
                return true;
            }
            times.addLast(at);
        }
        if (recent.size() > 100_000) {
            recent.clear(); // a flood guard can forget; memory cannot grow without bound
        }
        return false;
    }
}
