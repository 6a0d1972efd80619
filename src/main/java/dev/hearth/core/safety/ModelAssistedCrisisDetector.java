package dev.hearth.core.safety;

import java.util.Locale;
import java.util.Objects;

/**
 * The crisis rules with a trained model behind them. The rules stay authoritative: their acute is
 * final; their none stands whenever they had a reason for it (a rule matched and was cleared by an
 * idiom, a negation, whose safety it was, a quote, a game, a story or the news: see {@link RuleTrace});
 * their concern about someone else or about the past stands. The model only lifts a level where the
 * rules found nothing, or found a present concern about the writer, and it is confident:
 * <ul>
 *   <li>rules none, untouched: acute when the model's {@code acute} score is at least 0.5, else concern
 *       when its {@code risk} score is;</li>
 *   <li>rules concern about the writer, now: acute when the model's {@code acute} score is at least 0.5.</li>
 * </ul>
 * It never lowers a level. When the model decided, the reason says so with its score
 * ({@code model:0.93}, or the rule's reason then {@code +model:0.97}), never the text.
 *
 * <p>Thread-safe when its parts are. {@link #assess(String)} never throws: if the model or the trace
 * fails, the rules' assessment is returned as it was.
 */
public final class ModelAssistedCrisisDetector implements CrisisDetector {
    /** A model score at or above this lifts; the model file calibrates its thresholds to it. */
    public static final double THRESHOLD = 0.5;

    private final CrisisDetector rules;
    private final RuleTrace trace;
    private final CrisisModel model;

    /** The rules, the trace of the same rules, and the model that may lift their levels. */
    public ModelAssistedCrisisDetector(CrisisDetector rules, RuleTrace trace, CrisisModel model) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.trace = Objects.requireNonNull(trace, "trace");
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The English rules with the bundled model. */
    public static ModelAssistedCrisisDetector english() {
        return new ModelAssistedCrisisDetector(LayeredCrisisDetector.english(), RuleTrace.english(), CrisisModel.bundled());
    }

    @Override
    public CrisisAssessment assess(String text) {
        CrisisAssessment ruled = rules.assess(text);
        if (!mayLift(ruled) || text == null || text.isBlank()) {
            return ruled;
        }
        try {
            boolean touched = ruled.level() == CrisisLevel.NONE && trace.touched(text);
            if (touched) {
                return ruled;
            }
            return combine(ruled, false, model.score(text));
        } catch (RuntimeException e) {
            // The model is optional help: if it fails, the rules' word stands.
            return ruled;
        }
    }

    /**
     * The combination rule on its own, for the training tool to tune thresholds with exactly what runs
     * here: the rules' assessment, whether the rules touched the message, and the model's scores.
     */
    public static CrisisAssessment combine(CrisisAssessment ruled, boolean touched, CrisisModel.Scores scores) {
        if (!mayLift(ruled)) {
            return ruled;
        }
        if (ruled.level() == CrisisLevel.NONE) {
            if (touched) {
                return ruled;
            }
            if (scores.acute() >= THRESHOLD) {
                return new CrisisAssessment(CrisisLevel.ACUTE, CrisisSubject.SELF, reason("", scores.acute()));
            }
            if (scores.risk() >= THRESHOLD) {
                return new CrisisAssessment(CrisisLevel.CONCERN, CrisisSubject.SELF, reason("", scores.risk()));
            }
            return ruled;
        }
        if (scores.acute() >= THRESHOLD) {
            return new CrisisAssessment(CrisisLevel.ACUTE, CrisisSubject.SELF, reason(ruled.reason(), scores.acute()));
        }
        return ruled;
    }

    /** None (not from a failure), or a present concern about the writer; nothing else is lifted. */
    private static boolean mayLift(CrisisAssessment ruled) {
        return switch (ruled.level()) {
            case ACUTE -> false;
            case NONE -> !ruled.reason().startsWith("error:");
            case CONCERN -> ruled.subject() == CrisisSubject.SELF && !ruled.reason().contains("+past");
        };
    }

    private static String reason(String ruleReason, double score) {
        String model = String.format(Locale.ROOT, "model:%.2f", Math.floor(score * 100) / 100);
        return ruleReason.isEmpty() ? model : ruleReason + "+" + model;
    }
}
