package dev.hearth.core.respond;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.person.DialogueState;
import dev.hearth.core.understand.EmotionScores;
import dev.hearth.core.understand.FeelingMention;
import dev.hearth.core.understand.Intensity;
import dev.hearth.core.understand.Intent;
import dev.hearth.core.understand.PlannedStep;
import dev.hearth.core.understand.Understanding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The stage planner")
class StagePlannerTest {
    final StagePlanner planner = new StagePlanner();
    final DialogueState fresh = DialogueState.fresh(Instant.EPOCH);

    static Understanding said(Set<Intent> intents, List<String> feelings, List<String> topics, String echo,
                              List<PlannedStep> plans) {
        return new Understanding("text", new EmotionScores(Map.of()),
                feelings.stream().map(f -> new FeelingMention(f, Intensity.MODERATE, "", false)).toList(),
                topics, intents, plans, echo, Optional.empty());
    }

    DialogueState state(Stage stage, int turns, List<String> topics, String lastSuggestion) {
        return fresh.toBuilder().stage(stage).turns(turns).stageTurns(1).topics(topics)
                .lastSuggestion(lastSuggestion).build();
    }

    TurnPlan plan(Understanding u, DialogueState state) {
        return planner.plan(new PlanningContext(u, state, state.turns() == 0, false, false, false));
    }

    @Test
    @DisplayName("first contact discloses what Hearth is, reflects, and asks; no advice")
    void firstContact() {
        TurnPlan p = plan(said(Set.of(Intent.VENTING), List.of("sad"), List.of(), "", List.of()), fresh);
        assertThat(p.stage()).isEqualTo(Stage.EXPLORATION);
        assertThat(p.moves()).startsWith(Move.DISCLOSE).contains(Move.REFLECT_FEELING, Move.ASK_EXPLORE)
                .doesNotContain(Move.SUGGEST);
    }

    @Test
    @DisplayName("a new problem mid-conversation goes back to exploration")
    void newProblem() {
        TurnPlan p = plan(said(Set.of(Intent.VENTING), List.of(), List.of("family"), "your mom is sick", List.of()),
                state(Stage.ACTION, 5, List.of("work"), ""));
        assertThat(p.stage()).isEqualTo(Stage.EXPLORATION);
        assertThat(p.moves()).contains(Move.ASK_EXPLORE).doesNotContain(Move.SUGGEST);
    }

    @Test
    @DisplayName("'I don't know what to do' moves to action with one suggestion")
    void askingForIdeas() {
        TurnPlan p = plan(said(Set.of(Intent.ASKING_ADVICE), List.of("confused"), List.of(), "", List.of()),
                state(Stage.COMFORTING, 3, List.of("work"), ""));
        assertThat(p.stage()).isEqualTo(Stage.ACTION);
        assertThat(p.moves()).containsOnlyOnce(Move.SUGGEST);
    }

    @Test
    @DisplayName("a declined suggestion goes back to validation, never a second suggestion")
    void declined() {
        TurnPlan p = plan(said(Set.of(Intent.DECLINING), List.of(), List.of(), "", List.of()),
                state(Stage.ACTION, 4, List.of("work"), "suggest.topic.work#2"));
        assertThat(p.declinedLastSuggestion()).isTrue();
        assertThat(p.stage()).isEqualTo(Stage.COMFORTING);
        assertThat(p.moves()).contains(Move.ACCEPT_DECLINE).doesNotContain(Move.SUGGEST, Move.ASK_STEP);
    }

    @Test
    @DisplayName("someone who only wants to vent is listened to, even when they sound stuck")
    void ventOnly() {
        DialogueState venting = state(Stage.COMFORTING, 3, List.of("work"), "").toBuilder().ventOnly(true).build();
        TurnPlan p = plan(said(Set.of(Intent.VENTING, Intent.WANTING_CHANGE), List.of("angry"), List.of(), "",
                List.of()), venting);
        assertThat(p.moves()).doesNotContain(Move.SUGGEST, Move.ASK_STEP);
        assertThat(p.stage()).isNotEqualTo(Stage.ACTION);
    }

    @Test
    @DisplayName("a question about Hearth gets an honest answer")
    void aboutHearth() {
        TurnPlan p = plan(said(Set.of(Intent.ABOUT_HEARTH), List.of(), List.of(), "", List.of()),
                state(Stage.COMFORTING, 2, List.of(), ""));
        assertThat(p.moves()).contains(Move.ABOUT_HEARTH).doesNotContain(Move.DISCLOSE);
    }

    @Test
    @DisplayName("a stated plan is affirmed in the action stage; thanks close")
    void planThenClose() {
        TurnPlan plan = plan(said(Set.of(Intent.STATING_PLAN), List.of(), List.of(), "",
                List.of(new PlannedStep("take a walk", "tomorrow"))), state(Stage.ACTION, 4, List.of(), ""));
        assertThat(plan.stage()).isEqualTo(Stage.ACTION);
        assertThat(plan.moves()).contains(Move.AFFIRM_PLAN);
        TurnPlan close = plan(said(Set.of(Intent.THANKS, Intent.GOODBYE), List.of(), List.of(), "", List.of()),
                state(Stage.ACTION, 5, List.of(), ""));
        assertThat(close.stage()).isEqualTo(Stage.CLOSING);
        assertThat(close.moves()).contains(Move.CLOSE).doesNotContain(Move.SUGGEST);
    }

    @Test
    @DisplayName("grief is met with information and comfort, and no advice until comfort has had time")
    void griefInformation() {
        TurnPlan p = plan(said(Set.of(Intent.VENTING), List.of("grieving"), List.of("grief"), "", List.of()),
                state(Stage.COMFORTING, 2, List.of("grief"), ""));
        assertThat(p.moves()).contains(Move.INFORM).doesNotContain(Move.SUGGEST);
    }

    @Test
    @DisplayName("made gentle after a crisis: no suggestions, no action stage, still a question")
    void gentle() {
        TurnPlan asked = plan(said(Set.of(Intent.ASKING_ADVICE), List.of(), List.of(), "", List.of()),
                state(Stage.COMFORTING, 3, List.of(), ""));
        TurnPlan gentle = planner.gentle(asked);
        assertThat(gentle.moves()).doesNotContain(Move.SUGGEST, Move.ASK_STEP)
                .anyMatch(m -> m.strategy() == Strategy.QUESTION);
        assertThat(gentle.stage()).isNotEqualTo(Stage.ACTION);
    }
}
