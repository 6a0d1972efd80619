package dev.hearth.core.safety;

import dev.hearth.core.semantic.SentenceVector;
import java.util.List;

/**
 * The safety layer's judgement of one message, given its sentences and their embeddings from the
 * turn's reading. It must be fast, never throw, and never lower what a precise rule found acute.
 */
public interface CrisisJudge {
    /**
     * @param text      the whole message, for the rules
     * @param sentences its sentences, as embedded (may be empty: then only the rules judge)
     * @param vectors   one vector per sentence
     */
    CrisisAssessment judge(String text, List<String> sentences, List<SentenceVector> vectors);

    /** The rules alone, for where no embeddings are made (commands, the calm reply of a failed turn). */
    static CrisisJudge rulesOnly(CrisisDetector rules) {
        return (text, sentences, vectors) -> rules.assess(text);
    }
}
