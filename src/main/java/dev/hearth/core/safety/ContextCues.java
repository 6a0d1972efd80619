package dev.hearth.core.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists and cue patterns of {@code context.txt}: idioms, negation, the words that tell whose
 * safety a sentence is about, and the cues for past, recent, imminent, ordinary farewells, games,
 * fiction, news and songs.
 */
record ContextCues(
        GatedPatterns idioms,
        Set<String> negation,
        List<String[]> pseudoNegation,
        Set<String> scopeEnd,
        Set<String> subjectPronoun,
        Set<String> firstPerson,
        Set<String> secondPerson,
        Set<String> thirdPerson,
        Map<String, String> possessive,
        Set<String> determiner,
        Set<String> indefinite,
        Set<String> relation,
        Set<String> generic,
        Set<String> selfSituation,
        Set<String> linking,
        Set<String> skip,
        Set<String> coordinator,
        Set<String> speech,
        GatedPatterns past,
        GatedPatterns recent,
        GatedPatterns imminent,
        GatedPatterns ordinaryFarewell,
        PhraseSet game,
        PhraseSet fiction,
        PhraseSet news,
        PhraseSet song) {

    ContextCues {
        pseudoNegation = List.copyOf(pseudoNegation);
        possessive = Map.copyOf(possessive);
    }

    static ContextCues from(SectionedFile file, Macros macros) {
        List<String[]> pseudo = new ArrayList<>();
        for (SectionedFile.Line line : file.lines("pseudo-negation")) {
            pseudo.add(line.text().split("\\s+"));
        }
        return new ContextCues(
                GatedPatterns.from(file, "idiom", macros),
                words(file, "negation"),
                pseudo,
                words(file, "scope-end"),
                words(file, "subject-pronoun"),
                words(file, "first-person"),
                words(file, "second-person"),
                words(file, "third-person"),
                possessives(file),
                words(file, "determiner"),
                words(file, "indefinite"),
                words(file, "relation"),
                words(file, "generic"),
                words(file, "self-situation"),
                words(file, "linking"),
                words(file, "skip"),
                words(file, "coordinator"),
                words(file, "speech"),
                GatedPatterns.from(file, "past", macros),
                GatedPatterns.from(file, "recent", macros),
                GatedPatterns.from(file, "imminent", macros),
                GatedPatterns.from(file, "ordinary-farewell", macros),
                new PhraseSet(file.words("game")),
                new PhraseSet(file.words("fiction")),
                new PhraseSet(file.words("news")),
                new PhraseSet(file.words("song")));
    }

    private static Map<String, String> possessives(SectionedFile file) {
        Map<String, String> map = new HashMap<>();
        for (String entry : file.words("possessive")) {
            String[] parts = entry.split("=");
            if (parts.length != 2 || !Set.of("self", "other", "you").contains(parts[1])) {
                throw new IllegalStateException(file.name() + ": [possessive] entries look like my=self, his=other or your=you, not " + entry + ".");
            }
            map.put(parts[0], parts[1]);
        }
        return map;
    }

    private static Set<String> words(SectionedFile file, String section) {
        List<String> words = file.words(section);
        if (words.isEmpty()) {
            throw new IllegalStateException(file.name() + ": the [" + section + "] section is missing or empty.");
        }
        return Set.copyOf(words);
    }
}
