package dev.hearth.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.person.DialogueState;
import dev.hearth.core.respond.Stage;
import dev.hearth.core.respond.Strategy;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each dialogue act changes what Hearth does: a question is answered first, thanks in passing does
 * not end the conversation, a goodbye is not reopened, good news is celebrated, a complaint is
 * repaired, short answers get options, and only real plans become goals. Asserts the act read, the
 * stage, the phrase families used and stored state, never wording.
 */
@DisplayName("Dialogue acts in context")
class DialogueActTest {
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

    /** The phrase ids of Hearth's last reply. */
    List<String> lastIds() {
        DialogueState s = state();
        String prefix = s.turns() + "|";
        return s.recentPhrases().stream().filter(e -> e.startsWith(prefix)).map(e -> e.substring(prefix.length()))
                .toList();
    }

    String lastText() {
        var replies = hearth.platform().turns().get(hearth.platform().turns().size() - 1).replies();
        return String.join(" ", replies.get(replies.size() - 1).parts());
    }

    @Test
    @DisplayName("questions to Hearth, about itself or its opinion, are answered before anything else")
    void questionsAnswered() {
        say("work has been really rough this month");
        for (String q : List.of("are you an actual human or a bot?", "honestly, what would you do in my place?",
                "is it normal to feel this tired all the time?", "Good evening. Are you an AI? Just checking.",
                "do u remember what i told u yesterday or do u start fresh?")) {
            Analysis a = say(q);
            assertThat(a.act()).as(q).isEqualTo("question-to-hearth");
            assertThat(a.intents()).as("replay's contract: intents start with the act").startsWith("question-to-hearth");
            assertThat(lastIds()).as(q).anyMatch(id -> id.startsWith("answer."));
        }
    }

    @Test
    @DisplayName("thanks said in passing keeps the conversation going; a real goodbye closes without a question")
    void thanksAndGoodbye() {
        say("my landlord is raising the rent again");
        Analysis passing = say("thanks. but now i have no idea how i'll pay for everything next month");
        assertThat(passing.stage()).isNotEqualTo(Stage.CLOSING);
        assertThat(lastIds()).noneMatch(id -> id.startsWith("close."));
        Analysis bye = say("ok i need to sleep, thanks for listening. goodnight");
        assertThat(bye.act()).isEqualTo("goodbye");
        assertThat(bye.stage()).isEqualTo(Stage.CLOSING);
        assertThat(lastText()).doesNotContain("?");
    }

    @Test
    @DisplayName("a leave-taking at the end of a longer message closes without a question")
    void leaveTakingAtTheEnd() {
        say("my mum has been in hospital all week and i barely sleep");
        Analysis bye = say("Thank you. This helped more than I expected. I should try to sleep now. Take care.");
        assertThat(bye.act()).isEqualTo("goodbye");
        assertThat(lastText()).doesNotContain("?");
        say("i had a rough shift again");
        Analysis off = say("whatever im gonna go eat");
        assertThat(off.act()).isEqualTo("goodbye");
        assertThat(lastText()).doesNotContain("?");
    }

    @Test
    @DisplayName("good news is celebrated and asked about, not comforted")
    void goodNews() {
        say("me and my sister had a huge fight last week");
        Analysis news = say("we made up!! she called me this morning");
        assertThat(news.act()).isEqualTo("good-news");
        assertThat(lastIds()).anyMatch(id -> id.startsWith("celebrate"));
        assertThat(news.strategies()).contains(Strategy.AFFIRMATION, Strategy.QUESTION);
    }

    @Test
    @DisplayName("a complaint about Hearth is owned and repaired, and the wording they named is dropped")
    void complaintRepaired() {
        say("i had a terrible day at work, my boss yelled at me in front of everyone");
        Analysis complaint = say("you keep saying it sounds like. stop saying it sounds like, its so annoying");
        assertThat(complaint.act()).isEqualTo("complaint");
        assertThat(lastIds()).anyMatch(id -> id.startsWith("repair."));
        assertThat(state().flow().avoid()).isEqualTo("it sounds like");
        for (String line : List.of("he just humiliated me and nobody said anything",
                "i feel like everyone there thinks im useless now", "i dread going back tomorrow")) {
            say(line);
            assertThat(lastText().toLowerCase()).as(line).doesNotContain("it sounds like");
        }
    }

    @Test
    @DisplayName("after two short answers in a row, Hearth offers concrete options instead of another open question")
    void shortAnswers() {
        say("i feel kind of flat today");
        say("idk");
        Analysis second = say("meh");
        assertThat(second.act()).isEqualTo("short-answer");
        assertThat(lastIds()).anyMatch(id -> id.startsWith("options."));
        assertThat(state().flow().shortAnswers()).isEqualTo(2);
    }

    @Test
    @DisplayName("only a real plan of the person's own becomes a goal; wishes, others' plans and 'either way' do not")
    void onlyRealPlansBecomeGoals() {
        say("i've been feeling stuck at work for months");
        for (String notAPlan : List.of("i wish i could just quit and move to the coast",
                "my manager plans to restructure the whole team next month", "should we wrap up? i could go either way")) {
            Analysis a = say(notAPlan);
            assertThat(a.goals()).as(notAPlan).isEmpty();
        }
        assertThat(hearth.store().goals(person.user())).isEmpty();
        Analysis plan = say("ok, i'm going to update my cv this weekend");
        assertThat(plan.goals()).hasSize(1);
        assertThat(hearth.store().goals(person.user())).hasSize(1);
    }

    @Test
    @DisplayName("phrasing for a situation follows the latest messages and fades when the person moves on")
    void topicsFade() {
        say("my girlfriend broke up with me on friday");
        say("it's been a few days and i just keep replaying it");
        say("anyway, work is the other thing, my manager keeps piling projects on me");
        say("the deadlines are impossible and i stay late every night");
        assertThat(lastIds()).noneMatch(id -> id.contains(".topic.breakup"));
        assertThat(state().flow().lastTopics()).doesNotContain("breakup");
    }
}
