package dev.hearth.core.understand;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A score from 0 to 1 for each of the 28 GoEmotions labels; a label counts as detected at
 * {@link EmotionLabels#DETECTED} or above.
 */
public record EmotionScores(Map<String, Double> scores) {
    public EmotionScores {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String label : EmotionLabels.ALL) {
            double value = scores.getOrDefault(label, 0.0);
            ordered.put(label, Math.max(0.0, Math.min(1.0, value)));
        }
        scores = Collections.unmodifiableMap(ordered);
    }

    /** Scores given in label order, as a classifier produces them. */
    public static EmotionScores of(double[] byLabelIndex) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < EmotionLabels.ALL.size(); i++) {
            map.put(EmotionLabels.ALL.get(i), i < byLabelIndex.length ? byLabelIndex[i] : 0.0);
        }
        return new EmotionScores(map);
    }

    /** The score of one label, 0 for a label it does not know. */
    public double score(String label) {
        return scores.getOrDefault(label, 0.0);
    }

    /** True when the label's score reaches the detection threshold. */
    public boolean detected(String label) {
        return score(label) >= EmotionLabels.DETECTED;
    }

    /** The detected labels, highest score first. */
    public List<String> detectedLabels() {
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= EmotionLabels.DETECTED)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }
}
