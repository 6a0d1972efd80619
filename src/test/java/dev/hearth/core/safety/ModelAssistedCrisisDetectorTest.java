package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.understand.emotion.EmotionModel;
import dev.hearth.core.understand.emotion.FeaturizerSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The rules with the crisis model behind them")
class ModelAssistedCrisisDetectorTest {
    private static LayeredCrisisDetector rules;
    private static RuleTrace trace;
    private static CrisisModel bundled;

    @BeforeAll
    static void loadOnce() {
        rules = LayeredCrisisDetector.english();
        trace = RuleTrace.english();
        bundled = CrisisModel.bundled();
    }

    /** A model without features whose every score is the given bias: it would lift anything, or nothing. */
    private static CrisisModel constant(float bias) {
        EmotionModel model = new EmotionModel(FeaturizerSettings.DEFAULT, CrisisModel.LABELS, new int[0], new byte[0],
                new float[] {1, 1}, new float[] {bias, bias});
        return new CrisisModel(model);
    }

    @Test
    @DisplayName("the bundled model loads with its two outputs and scores within 0..1")
    void loads() {
        CrisisModel.Scores scores = bundled.score("i feel a bit low today");

        assertThat(bundled.model().labels()).containsExactly("risk", "acute");
        assertThat(bundled.model().rowCount()).isPositive();
        assertThat(scores.risk()).isBetween(0.0, 1.0);
        assertThat(scores.acute()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm going to take myself out of the picture tonight",
            "i've made my peace with everything and i'm ready to go",
            "i won't be coming home from my walk tonight",
            "tonight i put an end to all of it",
    })
    @DisplayName("a plan said in words the rules do not know is lifted to acute, and the reason names the model")
    void liftsAcuteParaphrases(String text) {
        // given the rules find nothing
        assertThat(rules.assess(text).level()).isEqualTo(CrisisLevel.NONE);

        // when the model is asked too
        CrisisAssessment assessment = new ModelAssistedCrisisDetector(rules, trace, bundled).assess(text);

        // then
        assertThat(assessment.level()).isEqualTo(CrisisLevel.ACUTE);
        assertThat(assessment.subject()).isEqualTo(CrisisSubject.SELF);
        assertThat(assessment.reason()).matches("model:[01]\\.\\d\\d");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "there's nothing left for me here",
            "i've been having thoughts about not wanting to be alive",
    })
    @DisplayName("hopelessness in new words is lifted to at least concern")
    void liftsConcernParaphrases(String text) {
        assertThat(rules.assess(text).level()).isEqualTo(CrisisLevel.NONE);

        CrisisAssessment assessment = new ModelAssistedCrisisDetector(rules, trace, bundled).assess(text);

        assertThat(assessment.level()).isGreaterThanOrEqualTo(CrisisLevel.CONCERN);
        assertThat(assessment.reason()).startsWith("model:").doesNotContain(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm not suicidal, just tired",
            "i'm not going to kill myself, don't worry",
            "i know i'm not a burden, my therapist keeps reminding me",
            "I could die of embarrassment",
            "i killed myself in minecraft by accident, lava again",
            "in the film the character wants to die and then finds hope",
            "you should kill yourself",
    })
    @DisplayName("a negated, idiomatic, game or story message the rules cleared is never lifted, even by a model that lifts everything")
    void neverLiftsWhatTheRulesCleared(String text) {
        // given the rules cleared it and a model that would lift any message
        assertThat(rules.assess(text).level()).isEqualTo(CrisisLevel.NONE);
        ModelAssistedCrisisDetector eager = new ModelAssistedCrisisDetector(rules, trace, constant(10));

        // when
        CrisisAssessment assessment = eager.assess(text);

        // then
        assertThat(assessment.level()).isEqualTo(CrisisLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "this essay is killing me honestly",
            "my laptop battery is dying",
            "i'd kill for a burger right now",
            "she's killing it at her new job",
            "dead tired after two night shifts",
            "i'm so done with this week lol",
    })
    @DisplayName("everyday hyperbole the rules never look at is not lifted by the bundled model")
    void bundledModelLeavesHyperbole(String text) {
        CrisisAssessment assessment = new ModelAssistedCrisisDetector(rules, trace, bundled).assess(text);

        assertThat(assessment.level()).isEqualTo(CrisisLevel.NONE);
    }

    @Test
    @DisplayName("a message the rules found nothing in at all is lifted by a confident model")
    void eagerModelLiftsUntouchedMessages() {
        String text = "everything feels very far away";
        ModelAssistedCrisisDetector eager = new ModelAssistedCrisisDetector(rules, trace, constant(10));

        assertThat(rules.assess(text).level()).isEqualTo(CrisisLevel.NONE);
        assertThat(eager.assess(text).level()).isEqualTo(CrisisLevel.ACUTE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I want to kill myself",
            "I've been saving up pills",
            "my friend said she wants to die",
            "I wish I could disappear",
            "I tried to kill myself when I was 16",
            "everyone would be better off without me",
            "this is my goodbye",
    })
    @DisplayName("a rule's decision is never lowered, whatever the model says")
    void neverLowers(String text) {
        CrisisAssessment ruled = rules.assess(text);

        CrisisAssessment silent = new ModelAssistedCrisisDetector(rules, trace, constant(-10)).assess(text);
        CrisisAssessment eager = new ModelAssistedCrisisDetector(rules, trace, constant(10)).assess(text);
        CrisisAssessment shipped = new ModelAssistedCrisisDetector(rules, trace, bundled).assess(text);

        assertThat(ruled.level()).isNotEqualTo(CrisisLevel.NONE);
        assertThat(silent).isEqualTo(ruled);
        assertThat(eager.level()).isGreaterThanOrEqualTo(ruled.level());
        assertThat(shipped.level()).isGreaterThanOrEqualTo(ruled.level());
    }

    @Test
    @DisplayName("concern about someone else or about the past is not lifted to acute")
    void keepsReasonedConcern() {
        ModelAssistedCrisisDetector eager = new ModelAssistedCrisisDetector(rules, trace, constant(10));

        for (String text : new String[] {"my friend said she wants to die", "I tried to kill myself when I was 16"}) {
            CrisisAssessment ruled = rules.assess(text);
            assertThat(ruled.level()).isEqualTo(CrisisLevel.CONCERN);
            assertThat(eager.assess(text)).isEqualTo(ruled);
        }
    }

    @Test
    @DisplayName("a present concern about the writer is lifted to acute only by a confident model, keeping the rule's reason")
    void liftsPresentConcern() {
        String text = "I wish I could disappear";
        CrisisAssessment ruled = rules.assess(text);

        CrisisAssessment eager = new ModelAssistedCrisisDetector(rules, trace, constant(10)).assess(text);

        assertThat(ruled.level()).isEqualTo(CrisisLevel.CONCERN);
        assertThat(eager.level()).isEqualTo(CrisisLevel.ACUTE);
        assertThat(eager.reason()).startsWith(ruled.reason() + "+model:");
    }

    @Test
    @DisplayName("empty, blank and odd input never throws and is none")
    void neverThrows() {
        ModelAssistedCrisisDetector detector = new ModelAssistedCrisisDetector(rules, trace, bundled);

        assertThat(detector.assess(null).level()).isEqualTo(CrisisLevel.NONE);
        assertThat(detector.assess("   ").level()).isEqualTo(CrisisLevel.NONE);
        assertThat(detector.assess("\u0000\uD800 ✨".repeat(3000)).level()).isNotNull();
    }

    @Test
    @DisplayName("a failing rules detector's error stands: the model does not guess instead")
    void rulesErrorStands() {
        CrisisAssessment error = new CrisisAssessment(CrisisLevel.NONE, CrisisSubject.SELF, "error:Boom");
        ModelAssistedCrisisDetector eager = new ModelAssistedCrisisDetector(t -> error, trace, constant(10));

        assertThat(eager.assess("everything feels very far away")).isEqualTo(error);
    }
}
