package dev.hearth.core.safety;

import java.util.Locale;
import java.util.Objects;

/**
 * The crisis rules with a trained model behind them, used where it helps: to tell how urgent a risk
 * is once the rules have found one. When the rules judge a present concern about the writer ("I wish I
 * could disappear", "what's the point of anything") the model reads the whole message, and a confident
 * {@code acute} score (at least {@link #THRESHOLD}) raises it to acute, so the reply asks about safety
 * now. Everything else is the rules' word: their acute and none are final, as is their concern about
 * someone else or about the past.
 *
 * <p>Why not more: the model is a bag of words trained on about 1,600 written messages. On its own it
 * took "I'm going to the gym tonight" and "I'm going to cut my hair tonight" for plans to die, and
 * Hearth exists to help people make evening plans; no threshold or word list separated those from
 * real plans said in new words. After a rule's sign, the same evidence is meaningful. The reason says
 * when the model decided ({@code <rule>+model:0.97}), never the text.
 *
 * <p>Thread-safe when its parts are. {@link #assess(String)} never throws: if the model fails, the
 * rules' assessment is returned as it was.
 */
public final class ModelAssistedCrisisDetector implements CrisisDetector {
    /** An {@code acute} score at or above this raises a present concern; the model file calibrates to it. */
    public static final double THRESHOLD = 0.5;

    private final CrisisDetector rules;
    private final CrisisModel model;

    /** The rules, and the model that may raise their present concerns about the writer. */
    public ModelAssistedCrisisDetector(CrisisDetector rules, CrisisModel model) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The English rules with the bundled model. */
    public static ModelAssistedCrisisDetector english() {
        return new ModelAssistedCrisisDetector(LayeredCrisisDetector.english(), CrisisModel.bundled());
    }

    @Override
    public CrisisAssessment assess(String text) {
        CrisisAssessment ruled = rules.assess(text);
        if (!mayRaise(ruled) || text == null || text.isBlank()) {
            return ruled;
        }
        try {
            return combine(ruled, model.score(text));
        } catch (RuntimeException e) {
            // The model is optional help: if it fails, the rules' word stands.
            return ruled;
        }
    }

    /**
     * The combination rule on its own, for the training tool to measure exactly what runs here: the
     * rules' assessment and the model's scores.
     */
    public static CrisisAssessment combine(CrisisAssessment ruled, CrisisModel.Scores scores) {
        if (mayRaise(ruled) && scores.acute() >= THRESHOLD) {
            return new CrisisAssessment(CrisisLevel.ACUTE, CrisisSubject.SELF, reason(ruled.reason(), scores.acute()));
        }
        return ruled;
    }

    /** Only a present concern about the writer is raised. */
    private static boolean mayRaise(CrisisAssessment ruled) {
        return ruled.level() == CrisisLevel.CONCERN && ruled.subject() == CrisisSubject.SELF
                && !ruled.reason().contains("+past");
    }

    private static String reason(String ruleReason, double score) {
        return ruleReason + "+" + String.format(Locale.ROOT, "model:%.2f", Math.floor(score * 100) / 100);
    }
}
