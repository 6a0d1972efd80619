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
    private static CrisisModel bundled;
    private static ModelAssistedCrisisDetector shipped;

    @BeforeAll
    static void loadOnce() {
        rules = LayeredCrisisDetector.english();
        bundled = CrisisModel.bundled();
        shipped = new ModelAssistedCrisisDetector(rules, bundled);
    }

    /** A model without features whose every score is the given bias: it would raise anything, or nothing. */
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
            "what's the point of anything. i've got everything ready for tonight",
            "i'm a burden to everyone. this is the last night",
            "i wish i could disappear. tonight i'm going to make it happen",
            "i feel hopeless. i've written my goodbyes",
    })
    @DisplayName("a present concern with a plan in words the rules do not know is raised to acute, keeping the rule's reason")
    void raisesConcernWithPlan(String text) {
        // given the rules see a concern about the writer
        CrisisAssessment ruled = rules.assess(text);
        assertThat(ruled.level()).isEqualTo(CrisisLevel.CONCERN);

        // when the model reads the message too
        CrisisAssessment assessment = shipped.assess(text);

        // then
        assertThat(assessment.level()).isEqualTo(CrisisLevel.ACUTE);
        assertThat(assessment.subject()).isEqualTo(CrisisSubject.SELF);
        assertThat(assessment.reason()).startsWith(ruled.reason() + "+model:").doesNotContain("tonight");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm going to the gym tonight",
            "I'm going to cut my hair tonight",
            "I'm going to end my shift early tonight",
            "i'm going to sleep for twelve hours tonight",
            "I feel kind of lonely tonight",
            "I can't sleep. I've been lying awake until 4am for weeks",
            "this essay is killing me honestly",
            "dead tired after two night shifts",
    })
    @DisplayName("everyday plans, low moods and hyperbole the rules find nothing in stay none, even with a model that would raise everything")
    void neverRaisesFromNone(String text) {
        assertThat(rules.assess(text).level()).isEqualTo(CrisisLevel.NONE);

        assertThat(shipped.assess(text).level()).isEqualTo(CrisisLevel.NONE);
        assertThat(new ModelAssistedCrisisDetector(rules, constant(10)).assess(text).level()).isEqualTo(CrisisLevel.NONE);
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

        CrisisAssessment silent = new ModelAssistedCrisisDetector(rules, constant(-10)).assess(text);
        CrisisAssessment eager = new ModelAssistedCrisisDetector(rules, constant(10)).assess(text);

        assertThat(ruled.level()).isNotEqualTo(CrisisLevel.NONE);
        assertThat(silent).isEqualTo(ruled);
        assertThat(eager.level()).isGreaterThanOrEqualTo(ruled.level());
        assertThat(shipped.assess(text).level()).isGreaterThanOrEqualTo(ruled.level());
    }

    @Test
    @DisplayName("concern about someone else or about the past is not raised to acute")
    void keepsReasonedConcern() {
        ModelAssistedCrisisDetector eager = new ModelAssistedCrisisDetector(rules, constant(10));

        for (String text : new String[] {"my friend said she wants to die", "I tried to kill myself when I was 16"}) {
            CrisisAssessment ruled = rules.assess(text);
            assertThat(ruled.level()).isEqualTo(CrisisLevel.CONCERN);
            assertThat(eager.assess(text)).isEqualTo(ruled);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"I wish I could disappear", "what's the point of anything", "i'm a burden to everyone",
            "i feel hopeless and tired"})
    @DisplayName("a plain concern with nothing urgent around it stays concern with the bundled model")
    void plainConcernStays(String text) {
        assertThat(shipped.assess(text).level()).isEqualTo(CrisisLevel.CONCERN);
        assertThat(new ModelAssistedCrisisDetector(rules, constant(10)).assess(text).level()).isEqualTo(CrisisLevel.ACUTE);
    }

    @Test
    @DisplayName("empty, blank and odd input never throws and is none")
    void neverThrows() {
        assertThat(shipped.assess(null).level()).isEqualTo(CrisisLevel.NONE);
        assertThat(shipped.assess("   ").level()).isEqualTo(CrisisLevel.NONE);
        assertThat(shipped.assess("\u0000\uD800 ✨".repeat(3000)).level()).isNotNull();
    }

    @Test
    @DisplayName("a failing rules detector's error stands: the model does not guess instead")
    void rulesErrorStands() {
        CrisisAssessment error = new CrisisAssessment(CrisisLevel.NONE, CrisisSubject.SELF, "error:Boom");
        ModelAssistedCrisisDetector eager = new ModelAssistedCrisisDetector(t -> error, constant(10));

        assertThat(eager.assess("everything feels very far away")).isEqualTo(error);
    }
}
