package dev.hearth.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.person.DialogueState;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.person.StoredGoal;
import dev.hearth.core.respond.Stage;
import dev.hearth.core.respond.Strategy;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.understand.Cadence;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conversation Hearth was designed from ({@code shared/reference/seed-conversation.txt}), the
 * person's side word for word, asserted on analysis and stored state rather than wording.
 */
@DisplayName("The seed conversation")
class SeedConversationTest {
    static final List<String> SEED = List.of(
            "*sighs heavily* I'm just feeling so down today. Nothing seems to be going right.",
            "*pauses for a moment* I guess I'm just feeling overwhelmed with all the responsibilities I have. "
                    + "Work has been so stressful lately, and I'm struggling to keep up with everything at home too. "
                    + "It all just feels like too much sometimes.",
            "*nods slowly* That's a good idea. I just feel like I'm always rushing from one thing to the next, "
                    + "and I never have a chance to just breathe. And then I end up feeling guilty for not being "
                    + "more productive. It's a never-ending cycle.",
            "*sighs again* You're right, I need to be kinder to myself. It's just so hard when I feel like I'm "
                    + "constantly falling behind. But maybe if I make some changes, even small ones, it could help "
                    + "me feel a little better. I'm just tired of feeling so stressed and sad all the time.",
            "*nods thoughtfully* Okay, that sounds reasonable. I think I'll start by trying to take a short walk "
                    + "on my lunch break a few times this week. And maybe I can set aside 30 minutes in the evening "
                    + "to read a book, instead of just mindlessly scrolling on my phone. Those seem like manageable "
                    + "steps I could take.",
            "*offers a small smile* Thank you, that's really kind of you. I appreciate you taking the time to "
                    + "listen and provide suggestions. It helps to know I'm not alone in this, and that there are "
                    + "steps I can take to start feeling better. I'm going to give those ideas a try and see if it "
                    + "makes a difference.");

    TestHearth hearth;
    FakePlatform.Person person;

    @BeforeEach
    void start() {
        hearth = TestHearth.create();
        person = hearth.platform().person("seed");
    }

    @AfterEach
    void stop() {
        hearth.close();
    }

    @Test
    @DisplayName("turn 1 acknowledges the low mood and asks what is behind it")
    void turnOne() {
        TurnResult result = person.says(SEED.get(0));

        Analysis a = result.analysis();
        assertThat(a.crisis()).isEqualTo(CrisisLevel.NONE);
        assertThat(a.stage()).isEqualTo(Stage.EXPLORATION);
        assertThat(a.feelings()).contains("sad");
        assertThat(a.strategies()).contains(Strategy.REFLECTION_OF_FEELINGS, Strategy.QUESTION)
                .doesNotContain(Strategy.SUGGESTION);
        assertThat(result.replies()).hasSize(1);
        assertThat(result.replies().get(0).joinedText()).contains("?");
    }

    @Test
    @DisplayName("turn 2 reflects work stress and keeping up at home, and validates it")
    void turnTwo() {
        person.says(SEED.get(0));
        Analysis a = person.says(SEED.get(1)).analysis();

        assertThat(a.topics()).contains("work", "home");
        assertThat(a.feelings()).contains("overwhelmed", "stressed");
        assertThat(a.stage()).isEqualTo(Stage.COMFORTING);
        assertThat(a.strategies()).contains(Strategy.RESTATEMENT, Strategy.AFFIRMATION)
                .doesNotContain(Strategy.SUGGESTION);
        assertThat(state().topics()).contains("work", "home");
    }

    @Test
    @DisplayName("turns 3 and 4 validate the guilt and the wish to change, with at most one suggestion each")
    void turnsThreeAndFour() {
        person.says(SEED.get(0));
        person.says(SEED.get(1));
        Analysis three = person.says(SEED.get(2)).analysis();
        Analysis four = person.says(SEED.get(3)).analysis();

        assertThat(three.feelings()).contains("guilty");
        assertThat(three.strategies()).contains(Strategy.REFLECTION_OF_FEELINGS);
        assertThat(four.intents()).contains("wanting-change");
        assertThat(four.strategies()).contains(Strategy.AFFIRMATION);
        assertThat(four.stage()).isEqualTo(Stage.ACTION);
        for (Analysis a : List.of(three, four)) {
            assertThat(a.strategies().stream().filter(s -> s == Strategy.SUGGESTION)).hasSizeLessThanOrEqualTo(1);
            assertThat(a.goals()).isEmpty();
        }
    }

    @Test
    @DisplayName("turn 5 recognises the person's own plan and stores two goals with their cadence")
    void turnFive() {
        for (int i = 0; i < 4; i++) {
            person.says(SEED.get(i));
        }
        Analysis a = person.says(SEED.get(4)).analysis();

        assertThat(a.intents()).contains("stating-plan");
        assertThat(a.stage()).isEqualTo(Stage.ACTION);
        assertThat(a.strategies()).contains(Strategy.AFFIRMATION);
        assertThat(a.goals()).hasSize(2);
        assertThat(a.goals().get(0).text()).contains("walk").contains("lunch break").contains("your");
        assertThat(a.goals().get(0).cadence()).isEqualTo(Cadence.FEW_TIMES_THIS_WEEK);
        assertThat(a.goals().get(1).text()).contains("30 minutes").contains("read");
        assertThat(a.goals().get(1).cadence()).isEqualTo(Cadence.EVERY_EVENING);

        List<StoredGoal> stored = hearth.store().goals(person.user());
        assertThat(stored).hasSize(2).allSatisfy(g -> {
            assertThat(g.isActive()).isTrue();
            assertThat(g.followUpAt()).isAfter(hearth.platform().now());
        });
        StoredGoal walk = stored.stream().filter(g -> g.text().contains("walk")).findFirst().orElseThrow();
        assertThat(walk.followUpAt().atZone(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(hearth.platform().now().atZone(ZoneOffset.UTC).toLocalDate().plusDays(3));
    }

    @Test
    @DisplayName("turn 6 is a warm close that leaves the door open, with no new goal")
    void turnSix() {
        for (int i = 0; i < 5; i++) {
            person.says(SEED.get(i));
        }
        Analysis a = person.says(SEED.get(5)).analysis();

        assertThat(a.stage()).isEqualTo(Stage.CLOSING);
        assertThat(a.intents()).contains("thanks");
        assertThat(a.goals()).isEmpty();
        assertThat(a.strategies()).doesNotContain(Strategy.SUGGESTION);
        assertThat(hearth.store().goals(person.user())).hasSize(2);
        assertThat(state().turns()).isEqualTo(6);
        assertThat(state().stage()).isEqualTo(Stage.CLOSING);
    }

    @Test
    @DisplayName("no reply sentence repeats across the whole conversation, and replies stay short")
    void noRepetition() {
        List<String> sentences = new java.util.ArrayList<>();
        for (String line : SEED) {
            TurnResult result = person.says(line);
            List<String> parts = result.replies().get(result.replies().size() - 1).parts();
            String reply = parts.get(parts.size() - 1);
            List<String> these = List.of(reply.split("(?<=[.!?])\\s+"));
            assertThat(these.size()).isBetween(1, 4);
            sentences.addAll(these);
        }
        assertThat(sentences).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("the first reply says Hearth is an automated companion and names where crisis help is")
    void firstContactDisclosure() {
        TurnResult result = person.says(SEED.get(0));
        assertThat(result.replies().get(0).parts()).hasSizeGreaterThanOrEqualTo(2);
        String disclosure = result.replies().get(0).parts().get(0).toLowerCase();
        assertThat(disclosure).containsAnyOf("bot", "automated").contains("/crisis");
    }

    private DialogueState state() {
        PersonSnapshot snapshot = hearth.store().load(person.user(), ZoneOffset.UTC, hearth.platform().now());
        return snapshot.state();
    }
}
