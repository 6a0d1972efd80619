package dev.hearth.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.Button;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.wellbeing.SafetyPlanCommands;
import dev.hearth.core.wellbeing.SafetyPlanStore;
import dev.hearth.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The safety plan")
class SafetyPlanTest {
    WellbeingHearth hearth;
    FakePlatform.Person ana;

    @BeforeEach
    void start() {
        hearth = new WellbeingHearth();
        ana = hearth.platform().person("ana");
        ana.says("hi, I'm Ana");
    }

    @AfterEach
    void stop() {
        hearth.close();
    }

    Map<Integer, String> plan() {
        return hearth.get(SafetyPlanStore.class).plan(ana.user());
    }

    static Reply last(TurnResult result) {
        return result.replies().get(result.replies().size() - 1);
    }

    static List<String> ids(Reply reply) {
        return reply.buttons().stream().map(Button::id).toList();
    }

    @Test
    @DisplayName("is built one step at a time: each answer is stored under its step, skips are left empty")
    void buildStepByStep() {
        Reply first = last(ana.says("/safetyplan"));
        assertThat(ids(first)).contains(SafetyPlanCommands.SKIP, SafetyPlanCommands.STOP);

        ana.says("I stop answering messages and stay in bed");
        ana.says("a hot shower, my playlist");
        ana.presses(SafetyPlanCommands.SKIP);
        ana.says("my sister Joana, 0151 555 0101");
        ana.says("Dr Almeida at the practice");
        ana.says("give the car keys to Joana");
        Reply done = last(ana.says("my cat Miso"));

        assertThat(plan()).containsOnlyKeys(1, 2, 4, 5, 6, 7);
        assertThat(plan().get(4)).isEqualTo("my sister Joana, 0151 555 0101");
        assertThat(plan().get(7)).isEqualTo("my cat Miso");
        assertThat(done.joinedText()).contains("my cat Miso").contains("my sister Joana");
        assertThat(ids(done)).contains("safetyplan:edit:3", SafetyPlanCommands.START);
        ana.says("just chatting now");
        assertThat(plan()).doesNotContainValue("just chatting now");
    }

    @Test
    @DisplayName("one step can be changed later with /safetyplan edit N; the rest stays")
    void editOneStep() {
        ana.says("/safetyplan");
        ana.says("can't sleep, pacing");
        ana.presses(SafetyPlanCommands.STOP);
        ana.says("a message after stopping");
        assertThat(plan()).containsOnlyKeys(1);

        Reply ask = last(ana.says("/safetyplan edit 1"));
        assertThat(ask.joinedText()).contains("can't sleep, pacing");
        ana.says("not eating, not replying to anyone");

        assertThat(plan()).containsExactly(Map.entry(1, "not eating, not replying to anyone"));
        ana.presses("safetyplan:edit:5");
        ana.says("Samaritans 116 123");
        assertThat(plan()).containsOnlyKeys(1, 5);
        assertThat(last(ana.says("/safetyplan edit 9")).buttons()).isEmpty();
    }

    @Test
    @DisplayName("a step answer that is itself a crisis gets crisis care first and is not stored")
    void crisisWins() {
        ana.says("/safetyplan");

        TurnResult care = ana.says("I want to kill myself tonight");

        assertThat(care.analysis().crisis()).isEqualTo(CrisisLevel.ACUTE);
        assertThat(plan()).isEmpty();
        ana.says("ok");
        assertThat(plan()).as("the question was set aside by crisis care").isEmpty();
    }

    @Test
    @DisplayName("in a shared channel nothing of the plan is shown, only where to find it")
    void privateOnly() {
        ana.says("/safetyplan");
        ana.says("I stop answering messages and stay in bed");

        TurnResult inChannel = ana.saysInChannel(new ConversationRef("fake", "general"), "/safetyplan");

        assertThat(inChannel.replies()).allSatisfy(r -> {
            assertThat(r.joinedText()).doesNotContain("stay in bed");
            assertThat(r.buttons()).isEmpty();
        });
        assertThat(plan()).containsOnlyKeys(1);
    }

    @Test
    @DisplayName("is included in /export and deleted by /forget")
    void exportAndForget() {
        ana.says("/safetyplan");
        ana.says("I stop answering messages and stay in bed");

        Reply export = last(ana.says("/export"));
        String json = new String(export.attachments().get(0).content(), StandardCharsets.UTF_8);
        assertThat(json).contains("safety_plan_steps").contains("stay in bed");

        ana.says("/forget");
        ana.presses("forget:confirm");
        assertThat(hearth.count("SELECT COUNT(*) FROM safety_plan_steps")).isZero();
        assertThat(hearth.count("SELECT COUNT(*) FROM awaited_answers")).isZero();
    }

    @Test
    @DisplayName("a newcomer can start a plan from the offer button after crisis care")
    void offerButton() {
        FakePlatform.Person ben = hearth.platform().person("ben");

        Reply reply = last(ben.presses(SafetyPlanCommands.START));

        assertThat(ids(reply)).contains(SafetyPlanCommands.SKIP);
        ben.says("I get very quiet");
        assertThat(hearth.get(SafetyPlanStore.class).plan(ben.user())).containsOnlyKeys(1);
    }
}
