package dev.hearth.core.reading;

import dev.hearth.core.semantic.SentenceEncoder;
import dev.hearth.core.semantic.SentenceVector;
import dev.hearth.core.understand.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What kind of question a person asks Hearth itself (is it a person, how is it, what it likes, its
 * opinion, whether a feeling is normal, what it can do), read by meaning: the kind whose example
 * questions ({@code understand/en/questions.yaml}) are closest to the question's sentence vector.
 * The examples are embedded once, when Hearth starts.
 */
public final class QuestionKinds {
    /** The kind when no example is close: answered honestly, and the question handed back gently. */
    public static final String OTHER = "other";
    private static final double MIN_SIMILARITY = 0.45;

    private final Map<String, List<SentenceVector>> examples = new LinkedHashMap<>();

    public QuestionKinds(SentenceEncoder encoder, Lexicon questions) {
        questions.categories().forEach((kind, list) -> {
            List<SentenceVector> vectors = new ArrayList<>();
            for (String q : list) {
                vectors.add(encoder.encode(q));
            }
            examples.put(kind, List.copyOf(vectors));
        });
    }

    /** The kind of the question among these sentences (the closest question sentence wins). */
    public String kindOf(List<ReadSentence> sentences) {
        String best = OTHER;
        double bestScore = MIN_SIMILARITY;
        for (ReadSentence s : sentences) {
            if (sentences.size() > 1 && !s.text().contains("?")) {
                continue;
            }
            for (Map.Entry<String, List<SentenceVector>> e : examples.entrySet()) {
                for (SentenceVector v : e.getValue()) {
                    double sim = s.vector().similarity(v);
                    if (sim > bestScore) {
                        bestScore = sim;
                        best = e.getKey();
                    }
                }
            }
        }
        return best;
    }
}
