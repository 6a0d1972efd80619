package dev.hearth.core.understand;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the life areas a message is about (work, school, family, partner, grief, …) from the topics
 * lexicon. A negated mention ("I'm not alone in this") does not count.
 */
public final class TopicDetector {
    private final PhraseMatcher matcher;

    public TopicDetector(Lexicon topics) {
        this.matcher = new PhraseMatcher(topics);
    }

    /** The topics in normalised text, in lexicon order. */
    public List<String> detect(String normalizedText) {
        List<String> topics = new ArrayList<>();
        for (PhraseMatcher.Match match : matcher.find(normalizedText)) {
            if (!topics.contains(match.category())
                    && !Negation.isNegated(normalizedText, match.start(), match.end())) {
                topics.add(match.category());
            }
        }
        return topics;
    }
}
