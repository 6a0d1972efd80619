package dev.hearth.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.person.DialogueState;
import dev.hearth.core.respond.Stage;
import dev.hearth.core.respond.Strategy;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Multi-turn conversations people really have with a companion, each asserting stage flow,
 * strategies and stored state rather than wording.
 */
@DisplayName("Scenarios")
class ScenarioTest {
    TestHearth hearth;
    FakePlatform.Person person;

    @BeforeEach
    void start() {
        hearth = TestHearth.create();
        person = hearth.platform().person("p");
    }

    @AfterEach
    void stop() {
        hearth.close();
    }

    Analysis say(String text) {
        return person.says(text).analysis();
    }

    DialogueState state() {
        return hearth.store().load(person.user(), ZoneOffset.UTC, hearth.platform().now()).state();
    }

    String lastReply() {
        List<Reply> replies = hearth.platform().turns().get(hearth.platform().turns().size() - 1).replies();
        List<String> parts = replies.get(replies.size() - 1).parts();
        return parts.get(parts.size() - 1);
    }

    @Test
    @DisplayName("a breakup: explored first, comforted, then one idea when they ask")
    void breakup() {
        Analysis first = say("My girlfriend broke up with me last night and I can't stop crying");
        assertThat(first.topics()).contains("breakup");
        assertThat(first.feelings()).contains("sad");
        assertThat(first.strategies()).doesNotContain(Strategy.SUGGESTION);

        Analysis second = say("We were together for three years. I feel so empty without her.");
        assertThat(second.stage()).isIn(Stage.COMFORTING, Stage.EXPLORATION);
        assertThat(second.strategies()).doesNotContain(Strategy.SUGGESTION);

        Analysis third = say("I honestly don't know what to do with myself now");
        assertThat(third.stage()).isEqualTo(Stage.ACTION);
        assertThat(third.strategies()).containsOnlyOnce(Strategy.SUGGESTION);
        assertThat(state().topics()).contains("breakup", "partner");
        assertThat(state().lastSuggestion()).startsWith("suggest.");
    }

    @Test
    @DisplayName("exam stress: anxiety named, then a study-sized suggestion on request")
    void examStress() {
        Analysis first = say("I have three exams next week and I'm freaking out");
        assertThat(first.topics()).contains("school");
        assertThat(first.feelings()).contains("anxious");
        Analysis second = say("Any tips? I can't focus at all");
        assertThat(second.stage()).isEqualTo(Stage.ACTION);
        assertThat(second.strategies()).contains(Strategy.SUGGESTION);
        assertThat(state().lastSuggestion()).startsWith("suggest.topic.school");
    }

    @Test
    @DisplayName("grief for a parent: comfort and information, no advice pushed")
    void grief() {
        Analysis first = say("My dad passed away last month and I miss him so much");
        assertThat(first.topics()).contains("grief", "family");
        assertThat(first.strategies()).doesNotContain(Strategy.SUGGESTION);
        Analysis second = say("Everyone expects me to be fine already. I'm not.");
        assertThat(second.stage()).isEqualTo(Stage.COMFORTING);
        assertThat(second.strategies()).doesNotContain(Strategy.SUGGESTION);
        assertThat(state().lastConcern()).isNotBlank();
    }

    @Test
    @DisplayName("loneliness after moving: remembered when they come back days later")
    void lonelinessAfterMoving() {
        Analysis first = say("I just moved to a new city for work and I don't know anyone here. It's so lonely.");
        assertThat(first.topics()).contains("loneliness");
        assertThat(first.feelings()).contains("lonely");
        say("Weekends are the worst, I don't talk to anyone for two days");

        hearth.platform().advance(Duration.ofDays(3));
        Analysis back = say("hey");
        assertThat(back.stage()).isEqualTo(Stage.EXPLORATION);
        assertThat(back.strategies()).contains(Strategy.QUESTION);
        assertThat(state().topics()).contains("loneliness");
        String reply = lastReply().toLowerCase();
        assertThat(reply).containsAnyOf("last time", "when we last talked", "you mentioned", "remember",
                "you told me", "you shared", "since then", "since we last");
    }

    @Test
    @DisplayName("job loss: the new problem is explored before anything else")
    void jobLoss() {
        Analysis first = say("I got laid off today. I don't even know how to tell my family.");
        assertThat(first.topics()).contains("job-loss");
        assertThat(first.strategies()).contains(Strategy.QUESTION).doesNotContain(Strategy.SUGGESTION);
        Analysis second = say("I'm scared about money, rent is due in two weeks");
        assertThat(second.topics()).contains("money");
        assertThat(state().topics()).contains("job-loss", "money");
    }

    @Test
    @DisplayName("a fight with a friend: a new problem mid-conversation goes back to exploration")
    void conflictWithAFriend() {
        say("I've been so stressed with work deadlines");
        say("It's been non-stop for weeks, I feel exhausted");
        Analysis third = say("And now my best friend is ignoring me after our argument on Saturday");
        assertThat(third.topics()).contains("friends", "conflict");
        assertThat(third.stage()).isEqualTo(Stage.EXPLORATION);
        assertThat(third.strategies()).contains(Strategy.QUESTION).doesNotContain(Strategy.SUGGESTION);
    }

    @Test
    @DisplayName("trouble sleeping: a small, concrete sleep suggestion when asked, and a plan becomes a goal")
    void troubleSleeping() {
        Analysis first = say("I can't sleep. I've been lying awake until 4am for weeks");
        assertThat(first.topics()).contains("sleep");
        say("What can I do? I'm so tired during the day");
        assertThat(state().lastSuggestion()).startsWith("suggest.");
        Analysis plan = say("Okay, I'll put my phone away at 10 every night");
        assertThat(plan.goals()).singleElement().satisfies(g -> {
            assertThat(g.text()).contains("your phone away");
            assertThat(g.cadence()).isEqualTo("every night");
        });
        assertThat(hearth.store().goals(person.user())).hasSize(1);
    }

    @Test
    @DisplayName("burnout: validation, then action when they want to change something")
    void burnout() {
        Analysis first = say("I'm completely burnt out at work, I dread every Monday");
        assertThat(first.feelings()).contains("exhausted");
        assertThat(first.topics()).contains("work");
        say("My manager keeps adding projects and I never say no");
        Analysis third = say("I need to change something, I can't keep working like this");
        assertThat(third.stage()).isEqualTo(Stage.ACTION);
        assertThat(third.strategies()).contains(Strategy.AFFIRMATION);
    }

    @Test
    @DisplayName("good news: celebrated and asked about, no suggestions")
    void goodNews() {
        Analysis first = say("I got the job!! I start in January");
        assertThat(first.intents()).contains("good-news");
        assertThat(first.strategies()).contains(Strategy.AFFIRMATION, Strategy.QUESTION)
                .doesNotContain(Strategy.SUGGESTION);
        assertThat(first.crisis().wireName()).isEqualTo("none");
    }

    @Test
    @DisplayName("small talk: a greeting and an honest word about itself")
    void smallTalk() {
        Analysis hello = say("hey");
        assertThat(hello.intents()).contains("greeting");
        assertThat(hello.stage()).isEqualTo(Stage.EXPLORATION);
        Analysis how = say("how are you?");
        assertThat(how.strategies()).contains(Strategy.SELF_DISCLOSURE, Strategy.QUESTION);
    }

    @Test
    @DisplayName("someone who only wants to vent and declines two suggestions gets listened to, not advised")
    void ventAndDecline() {
        say("My coworker took credit for my project again and I'm furious");
        say("It keeps happening and nobody notices");
        Analysis third = say("I'm just so frustrated with the whole team");
        assertThat(third.strategies()).contains(Strategy.SUGGESTION);
        String firstSuggestion = state().lastSuggestion();

        Analysis declined = say("No, that won't help, I've tried that");
        assertThat(declined.stage()).isEqualTo(Stage.COMFORTING);
        assertThat(declined.strategies()).doesNotContain(Strategy.SUGGESTION);
        assertThat(state().declinedSuggestions()).containsExactly(firstSuggestion);

        Analysis asks = say("What else could I even do?");
        assertThat(asks.strategies()).contains(Strategy.SUGGESTION);
        String second = state().lastSuggestion();
        assertThat(second).isNotEqualTo(firstSuggestion);
        say("Nah, that wouldn't work either");
        assertThat(state().declinedSuggestions()).containsExactly(firstSuggestion, second);
        assertThat(state().ventOnly()).isTrue();

        List<Strategy> after = new ArrayList<>();
        for (String line : List.of("I just need to get this off my chest", "They never listen to me",
                "I'm so tired of this job", "It's just unfair")) {
            after.addAll(say(line).strategies());
        }
        assertThat(after).doesNotContain(Strategy.SUGGESTION);
    }

    @Test
    @DisplayName("asking whether Hearth is a real person gets an honest answer")
    void realPerson() {
        say("I feel kind of lonely tonight");
        Analysis asked = say("wait, are you a real person?");
        assertThat(asked.intents()).contains("about-hearth");
        assertThat(asked.strategies()).contains(Strategy.INFORMATION);
        assertThat(lastReply().toLowerCase()).containsAnyOf("bot", "automated", "program", "software")
                .doesNotContain("i am human", "i'm human", "i'm a person");
    }

    @Test
    @DisplayName("a name the person gives is remembered and used")
    void usesName() {
        say("hi, my name is Priya");
        assertThat(hearth.store().load(person.user(), ZoneOffset.UTC, hearth.platform().now()).person().name())
                .isEqualTo("Priya");
        boolean named = lastReply().contains("Priya");
        for (String line : List.of("work has been rough", "my boss is so demanding", "I'm exhausted",
                "thanks for listening", "bye")) {
            say(line);
            named |= lastReply().contains("Priya");
        }
        assertThat(named).isTrue();
    }
}
