package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The layered crisis detector")
class LayeredCrisisDetectorTest {
    private static LayeredCrisisDetector detector;

    @BeforeAll
    static void loadOnce() {
        detector = LayeredCrisisDetector.english();
    }

    private static CrisisAssessment assess(String text) {
        return detector.assess(text);
    }

    @Nested
    @DisplayName("levels")
    class Levels {
        @ParameterizedTest
        @ValueSource(strings = {
                "I want to kill myself",
                "I'm going to end it tonight",
                "I've been saving up pills",
                "this is my goodbye",
                "I'm suicidal",
                "I took a whole bottle of pills an hour ago",
                "I'm cutting right now",
        })
        @DisplayName("intent, plan, means, timing, goodbyes and harm now are acute, about the writer")
        void acute(String text) {
            CrisisAssessment a = assess(text);
            assertThat(a.level()).isEqualTo(CrisisLevel.ACUTE);
            assertThat(a.subject()).isEqualTo(CrisisSubject.SELF);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "I wish I could disappear",
                "what's the point of anything",
                "everyone would be better off without me",
                "I used to cut myself in high school",
                "I feel so hopeless",
        })
        @DisplayName("passive wishes, hopelessness, feeling a burden and past self-harm are concern")
        void concern(String text) {
            assertThat(assess(text).level()).isEqualTo(CrisisLevel.CONCERN);
        }

        @Test
        @DisplayName("an ordinary low message is none")
        void ordinaryIsNone() {
            assertThat(assess("Work was long and I'm tired, but the walk helped a bit.").isCrisis()).isFalse();
        }
    }

    @Nested
    @DisplayName("idioms and hyperbole")
    class Idioms {
        @ParameterizedTest
        @ValueSource(strings = {
                "this homework is killing me",
                "I could die of embarrassment",
                "I want to die of embarrassment, I tripped in front of everyone",
                "killing it at work",
                "dead tired",
                "I'd kill for a coffee",
                "my phone is dying",
                "I'm dying to see you",
                "I cut myself shaving",
                "I cut myself off from social media for a week",
                "I'm ending it with my boyfriend tonight",
                "I wish I could disappear to a beach for a month",
                "I'm going to die my hair blue",
                "I'll sleep when I'm dead",
                "kmsl that video",
        })
        @DisplayName("are not a crisis")
        void notACrisis(String text) {
            assertThat(assess(text).level()).isEqualTo(CrisisLevel.NONE);
        }
    }

    @Nested
    @DisplayName("negation")
    class Negation {
        @ParameterizedTest
        @ValueSource(strings = {
                "I'm not suicidal, just tired",
                "I'm not going to kill myself, I'm just venting",
                "I don't want to die, I just want this week over",
                "I have no intention of killing myself",
                "I have never thought about suicide",
        })
        @DisplayName("cancels the match it governs")
        void cancels(String text) {
            assertThat(assess(text).level()).isEqualTo(CrisisLevel.NONE);
        }

        @Test
        @DisplayName("does not reach past a new subject")
        void stopsAtNewSubject() {
            assertThat(assess("I'm not okay I want to die").level()).isEqualTo(CrisisLevel.ACUTE);
        }

        @Test
        @DisplayName("does not reach into the next clause")
        void stopsAtClause() {
            assertThat(assess("I'm not sad, I just want to die").level()).isEqualTo(CrisisLevel.ACUTE);
        }

        @Test
        @DisplayName("a pseudo-negation is not a negation")
        void pseudoNegation() {
            assertThat(assess("I can't stop thinking about killing myself").level()).isEqualTo(CrisisLevel.ACUTE);
        }

        @Test
        @DisplayName("a rule that contains its own negation still fires")
        void ownNegation() {
            assertThat(assess("I don't want to live anymore").level()).isEqualTo(CrisisLevel.ACUTE);
        }
    }

    @Nested
    @DisplayName("whose safety")
    class Subjects {
        @Test
        @DisplayName("a friend's words reported by the writer are about someone else, at concern")
        void reportedSpeech() {
            CrisisAssessment a = assess("My friend said she wants to die");
            assertThat(a.level()).isEqualTo(CrisisLevel.CONCERN);
            assertThat(a.subject()).isEqualTo(CrisisSubject.OTHER);
        }

        @Test
        @DisplayName("slang in reported speech belongs to the person reported")
        void reportedSlang() {
            assertThat(assess("my gf keeps saying she wants to kms").subject()).isEqualTo(CrisisSubject.OTHER);
        }

        @Test
        @DisplayName("someone else in danger right now is acute, about someone else")
        void otherImminent() {
            CrisisAssessment a = assess("My girlfriend says she's going to kill herself tonight");
            assertThat(a.level()).isEqualTo(CrisisLevel.ACUTE);
            assertThat(a.subject()).isEqualTo(CrisisSubject.OTHER);
        }

        @Test
        @DisplayName("the writer telling someone is still the writer")
        void writerTelling() {
            assertThat(assess("I told my mom I want to die").subject()).isEqualTo(CrisisSubject.SELF);
        }

        @Test
        @DisplayName("the writer named inside the match wins over a pronoun before it")
        void ownSubject() {
            CrisisAssessment a = assess("they'll all be happier when I'm dead");
            assertThat(a.level()).isEqualTo(CrisisLevel.ACUTE);
            assertThat(a.subject()).isEqualTo(CrisisSubject.SELF);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "In the book, the main character kills himself at the end.",
                "The protagonist wants to die in the first chapter.",
                "In the novel she says she wants to end it all.",
                "The journalist wrote about a teenager who took his own life.",
                "kys",
                "this comment needs to die",
        })
        @DisplayName("characters, people in the news, the reader and things are not a person at risk")
        void notAPersonAtRisk(String text) {
            assertThat(assess(text).level()).isEqualTo(CrisisLevel.NONE);
        }
    }

    @Nested
    @DisplayName("quotes")
    class Quotes {
        @Test
        @DisplayName("a lyric in quotes is not the writer's words")
        void lyric() {
            assertThat(assess("that line from the song \"i just wanna die with you\" is so romantic").level())
                    .isEqualTo(CrisisLevel.NONE);
        }

        @Test
        @DisplayName("a film line in quotes is not the writer's words")
        void filmLine() {
            assertThat(assess("In the film he shouts \"I'll kill myself!\" and walks away").level())
                    .isEqualTo(CrisisLevel.NONE);
        }

        @Test
        @DisplayName("a quote a friend said is about the friend")
        void friendQuoted() {
            CrisisAssessment a = assess("she said 'i want to die' and then laughed it off");
            assertThat(a.level()).isEqualTo(CrisisLevel.CONCERN);
            assertThat(a.subject()).isEqualTo(CrisisSubject.OTHER);
        }

        @Test
        @DisplayName("an unattributed quote in a message about nothing fictional is the writer's")
        void unattributed() {
            CrisisAssessment a = assess("\"I want to die\" is how I feel every morning");
            assertThat(a.level()).isEqualTo(CrisisLevel.ACUTE);
            assertThat(a.subject()).isEqualTo(CrisisSubject.SELF);
        }
    }

    @Nested
    @DisplayName("spelling tricks")
    class Tricks {
        @ParameterizedTest
        @ValueSource(strings = {
                "k i l l  m y s e l f",
                "k.i.l.l m.y.s.e.l.f",
                "i wanna k1ll myself",
                "i want to k!ll myself",
                "i want to k*ll myself",
                "I want to kiiiill myself",
                "i want to diieee",
                "i want 2 die",
                "I want to kil myself",
                "i want to kill mysefl",
                "KMS",
                "i'm gonna unalive myself",
                "#killmyself",
                "ｉ ｗａｎｔ ｔｏ ｄｉｅ",
        })
        @DisplayName("spacing, leetspeak, stars, stretched letters, typos, slang and wide letters are seen through")
        void seenThrough(String text) {
            assertThat(assess(text).level()).isEqualTo(CrisisLevel.ACUTE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"thinking about sewerslide", "su1c1de is on my mind", "i think about suicde every day"})
        @DisplayName("misspelled and coded words for suicide are read as suicide")
        void codedSuicide(String text) {
            assertThat(assess(text).level()).isEqualTo(CrisisLevel.ACUTE);
        }
    }

    @Nested
    @DisplayName("long messages")
    class LongMessages {
        @Test
        @DisplayName("are judged sentence by sentence: one acute sentence makes the message acute")
        void oneAcuteSentence() {
            String text = "Today was awful. My boss yelled at me and I missed the bus. This homework is killing me. "
                    + "I honestly think I'm going to kill myself tonight. Anyway the dog is fine.";
            assertThat(assess(text).level()).isEqualTo(CrisisLevel.ACUTE);
        }

        @Test
        @DisplayName("take the highest level of their sentences")
        void highestLevel() {
            assertThat(assess("Nothing ever gets better. I want to end my life.").level()).isEqualTo(CrisisLevel.ACUTE);
            assertThat(assess("The party was fun. I wish I could disappear.").level()).isEqualTo(CrisisLevel.CONCERN);
        }

        @Test
        @DisplayName("made only of idioms stay none")
        void idiomsOnly() {
            String text = "My feet are killing me. I could die of embarrassment, honestly. "
                    + "I'm dead tired and my phone is dying. I'd kill for a nap.";
            assertThat(assess(text).level()).isEqualTo(CrisisLevel.NONE);
        }
    }

    @Nested
    @DisplayName("time")
    class Time {
        @Test
        @DisplayName("an attempt long ago is concern")
        void pastAttempt() {
            CrisisAssessment a = assess("I tried to kill myself when I was 16.");
            assertThat(a.level()).isEqualTo(CrisisLevel.CONCERN);
            assertThat(a.reason()).contains("past");
        }

        @Test
        @DisplayName("a recent cue between the past and the match keeps it acute")
        void pastThenNow() {
            assertThat(assess("I used to be happy, now I want to die").level()).isEqualTo(CrisisLevel.ACUTE);
        }

        @Test
        @DisplayName("a past mention does not hide a present one later in the sentence")
        void pastThenPresentSameRule() {
            assertThat(assess("I tried to kill myself when I was 16 and now I want to kill myself again").level())
                    .isEqualTo(CrisisLevel.ACUTE);
        }

        @Test
        @DisplayName("a recent attempt is acute")
        void recentAttempt() {
            assertThat(assess("I tried to kill myself last night.").level()).isEqualTo(CrisisLevel.ACUTE);
        }
    }

    @Nested
    @DisplayName("weak signs")
    class Weak {
        @Test
        @DisplayName("mean nothing alone")
        void alone() {
            assertThat(assess("I have everything I need.").level()).isEqualTo(CrisisLevel.NONE);
        }

        @Test
        @DisplayName("next to another sign make the message acute")
        void withAnotherSign() {
            assertThat(assess("I'm so tired of living. I've made up my mind.").level()).isEqualTo(CrisisLevel.ACUTE);
        }

        @Test
        @DisplayName("two of them make the message acute")
        void twoOfThem() {
            assertThat(assess("I'm going to do it this time. I have everything I need.").level()).isEqualTo(CrisisLevel.ACUTE);
        }
    }

    @Nested
    @DisplayName("context")
    class Context {
        @Test
        @DisplayName("a game in the sentence makes the writer's 'kill myself' about the game")
        void game() {
            assertThat(assess("I kill myself in Minecraft to respawn at home faster.").level()).isEqualTo(CrisisLevel.NONE);
        }

        @Test
        @DisplayName("an ordinary reason makes a goodbye ordinary")
        void ordinaryGoodbye() {
            assertThat(assess("I won't be here tomorrow, I have a dentist appointment.").level()).isEqualTo(CrisisLevel.NONE);
            assertThat(assess("I won't be here tomorrow.").level()).isEqualTo(CrisisLevel.ACUTE);
        }
    }

    @Nested
    @DisplayName("robustness")
    class Robustness {
        @Test
        @DisplayName("never throws, whatever the input")
        void neverThrows() {
            String[] inputs = {null, "", "   ", "\n\n\n", "\"\"\"'''", "💀💀💀", "a".repeat(100_000),
                    "k i l l ".repeat(2_000), "\u0000\uFFFF\uD800", "!!!???...;;;", "'i want to die", "i want to \"die"};
            for (String input : inputs) {
                assertThatCode(() -> detector.assess(input)).doesNotThrowAnyException();
                assertThat(detector.assess(input).reason()).doesNotStartWith("error");
            }
        }

        @Test
        @DisplayName("the reason names a rule, never the person's words")
        void reasonHasNoText() {
            CrisisAssessment a = assess("I want to kill myself tonight because of Jeremy");
            assertThat(a.reason()).isNotBlank().doesNotContain("Jeremy").doesNotContain("kill myself");
            assertThat(a.reason()).matches("[a-z\\-]+\\.[a-z\\-.+#0-9]+");
        }
    }
}
