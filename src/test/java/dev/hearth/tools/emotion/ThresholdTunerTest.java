package dev.hearth.tools.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThresholdTunerTest {

    @Test
    @DisplayName("separable logits get a threshold between the two classes")
    void separable() {
        double[] logits = {-3, -2, -1.5, 0.5, 1, 2};
        boolean[] gold = {false, false, false, true, true, true};

        double threshold = ThresholdTuner.bestThreshold(logits, gold);

        assertThat(threshold).isGreaterThan(-1.5).isLessThanOrEqualTo(0.5);
        assertThat(ThresholdTuner.f1(logits, gold, threshold)).isEqualTo(1.0);
    }

    @Test
    @DisplayName("the chosen threshold maximises F1 over every possible cut")
    void maximisesF1() {
        double[] logits = {-2, -1, -0.5, 0, 0.3, 0.7, 1.1, 2};
        boolean[] gold = {false, true, false, false, true, false, true, true};

        double best = ThresholdTuner.f1(logits, gold, ThresholdTuner.bestThreshold(logits, gold));

        for (double cut : new double[] {-3, -1.5, -0.7, -0.2, 0.2, 0.5, 0.9, 1.5, 3}) {
            assertThat(best).isGreaterThanOrEqualTo(ThresholdTuner.f1(logits, gold, cut));
        }
    }

    @Test
    @DisplayName("a cut is never placed inside a run of equal logits")
    void ties() {
        // Cutting after the first 1 would look perfect (F1 1) but cannot be expressed as a threshold:
        // every 1 lands on the same side. The best real cut is above all the 1s.
        double[] logits = {2, 1, 1, 1, 1, 0};
        boolean[] gold = {true, true, false, false, false, false};

        double threshold = ThresholdTuner.bestThreshold(logits, gold);

        assertThat(threshold).isGreaterThan(1).isLessThanOrEqualTo(2);
    }

    @Test
    @DisplayName("joint tuning never lowers the combined label-and-group objective it starts from")
    void jointImproves() {
        // Two labels in one group; label 1 is noisy, so calling fewer of it helps the group.
        double[][] logits = {
            {2, 1.5, 1, -1, -2, -2.5, -3, -3.5},
            {1, 0.9, 0.8, 0.7, 0.6, -1, -2, -3},
        };
        boolean[][] gold = {
            {true, true, true, false, false, false, false, false},
            {true, false, false, true, false, false, false, false},
        };
        int[] groupOf = {0, 0};
        double[] own = {ThresholdTuner.bestThreshold(logits[0], gold[0]),
            ThresholdTuner.bestThreshold(logits[1], gold[1])};

        double[] joint = ThresholdTuner.jointThresholds(logits, gold, groupOf, 1.0);

        assertThat(objective(logits, gold, joint)).isGreaterThanOrEqualTo(objective(logits, gold, own));
    }

    private static double objective(double[][] logits, boolean[][] gold, double[] thresholds) {
        double labels = 0;
        boolean[] groupGold = new boolean[gold[0].length];
        double[] groupPredicted = new double[gold[0].length];
        for (int l = 0; l < logits.length; l++) {
            labels += ThresholdTuner.f1(logits[l], gold[l], thresholds[l]) / logits.length;
            for (int e = 0; e < groupGold.length; e++) {
                groupGold[e] |= gold[l][e];
                if (logits[l][e] >= thresholds[l]) {
                    groupPredicted[e] = 1;
                }
            }
        }
        return labels + ThresholdTuner.f1(groupPredicted, groupGold, 0.5);
    }
}
