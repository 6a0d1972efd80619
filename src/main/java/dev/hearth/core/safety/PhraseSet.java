package dev.hearth.core.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A word section of the context file: words, and phrases written with underscores (in_the_game). */
final class PhraseSet {
    private final Set<String> words = new HashSet<>();
    private final Map<String, List<String[]>> phrasesByFirstWord = new HashMap<>();

    PhraseSet(List<String> entries) {
        for (String entry : entries) {
            if (entry.indexOf('_') < 0) {
                words.add(entry);
            } else {
                String[] parts = entry.split("_");
                phrasesByFirstWord.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
            }
        }
    }

    /** True when the sentence holds any of the words or phrases. */
    boolean foundIn(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            String t = s.token(i);
            if (words.contains(t)) {
                return true;
            }
            List<String[]> phrases = phrasesByFirstWord.get(t);
            if (phrases != null) {
                for (String[] phrase : phrases) {
                    if (startsAt(s, i, phrase)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsAt(Sentence s, int at, String[] phrase) {
        if (at + phrase.length > s.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!phrase[k].equals(s.token(at + k))) {
                return false;
            }
        }
        return true;
    }
}
