package dev.hearth.core.understand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.data.YamlResources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Understanding a message")
class UnderstandingTest {
    static final YamlResources DATA = new YamlResources("en");
    static final TextNormalizer NORMALIZER = new TextNormalizer();
    static final FeelingDetector FEELINGS = new FeelingDetector(DATA.lexicon("feelings"));
    static final Reflector REFLECTOR = new Reflector();
    static final Understander UNDERSTANDER = new Understander(NORMALIZER,
            text -> new EmotionScores(Map.of("neutral", 1.0)), FEELINGS, new TopicDetector(DATA.lexicon("topics")),
            new IntentDetector(DATA.lexicon("intents")), new PlanExtractor(REFLECTOR, new Cadence()),
            new NameExtractor(), REFLECTOR);

    static List<FeelingMention> feelings(String text) {
        return FEELINGS.detect(NORMALIZER.normalize(text));
    }

    @Nested
    @DisplayName("feelings")
    class Feelings {
        @Test
        @DisplayName("support words are found with their intensity and time")
        void intensityAndTime() {
            List<FeelingMention> found = feelings("I've been SO overwhelmed lately and a bit lonely");
            assertThat(found).extracting(FeelingMention::feeling).contains("overwhelmed", "lonely");
            FeelingMention overwhelmed = found.stream().filter(f -> f.feeling().equals("overwhelmed")).findFirst().orElseThrow();
            assertThat(overwhelmed.intensity()).isEqualTo(Intensity.STRONG);
            assertThat(overwhelmed.timeframe()).isEqualTo("lately");
            FeelingMention lonely = found.stream().filter(f -> f.feeling().equals("lonely")).findFirst().orElseThrow();
            assertThat(lonely.intensity()).isEqualTo(Intensity.MILD);
        }

        @ParameterizedTest(name = "\"{0}\" is not {1}")
        @CsvSource(delimiter = '|', value = {
                "I'm not sad anymore|sad",
                "I don't feel lonely these days|lonely",
                "I'm no longer anxious about it|anxious",
                "honestly I'm not stressed, just busy|stressed"})
        @DisplayName("negated feelings are marked, not counted")
        void negation(String text, String feeling) {
            assertThat(feelings(text)).filteredOn(f -> f.feeling().equals(feeling))
                    .allSatisfy(f -> assertThat(f.negated()).isTrue())
                    .isNotEmpty();
            assertThat(UNDERSTANDER.understand(text).feelingNames()).doesNotContain(feeling);
        }

        @Test
        @DisplayName("negation does not cross a 'but'")
        void negationStopsAtBut() {
            assertThat(UNDERSTANDER.understand("I'm not sure why, but I feel so lonely").feelingNames()).contains("lonely");
        }

        @Test
        @DisplayName("a longer phrase wins over a word inside it: 'calm down' is worry, 'sit down' is nothing")
        void longestPhraseWins() {
            assertThat(UNDERSTANDER.understand("any tips to calm down?").feelingNames()).containsExactly("anxious");
            assertThat(UNDERSTANDER.understand("I had to sit down and write it down").feelingNames()).isEmpty();
        }

        @Test
        @DisplayName("'for months' is read as the time a feeling has lasted")
        void months() {
            assertThat(feelings("I've felt hopeless for months")).singleElement()
                    .satisfies(f -> assertThat(f.timeframe()).isEqualTo("for months"));
        }

        @Test
        @DisplayName("the words 'nothing' and 'note' are not mistaken for negation")
        void nothingIsNotNot() {
            assertThat(UNDERSTANDER.understand("Nothing seems to be going right and I'm so down").feelingNames())
                    .contains("sad");
        }
    }

    @Nested
    @DisplayName("topics and intents")
    class TopicsAndIntents {
        @Test
        @DisplayName("topics come from the words people use")
        void topics() {
            Understanding u = UNDERSTANDER.understand("My boss keeps piling on deadlines and I can't sleep");
            assertThat(u.topics()).contains("work", "sleep");
        }

        @Test
        @DisplayName("'not alone' is not the loneliness topic")
        void negatedTopic() {
            assertThat(UNDERSTANDER.understand("It helps to know I'm not alone in this").topics())
                    .doesNotContain("loneliness");
        }

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
                "hi there|GREETING",
                "Are you a real person?|ABOUT_HEARTH",
                "I don't know what to do anymore|ASKING_ADVICE",
                "I just need to vent, no advice please|VENTING_ONLY",
                "No, I've tried that already|DECLINING",
                "Thanks, that helped|THANKS",
                "ok good night|GOODBYE",
                "I got the job!!|GOOD_NEWS",
                "/goals|COMMAND"})
        @DisplayName("intents are recognised")
        void intents(String text, Intent intent) {
            assertThat(UNDERSTANDER.understand(text).intents()).contains(intent);
        }

        @Test
        @DisplayName("'no one cares' is not a refusal")
        void noOneIsNotNo() {
            assertThat(UNDERSTANDER.understand("No one cares about me").intents()).doesNotContain(Intent.DECLINING);
        }

        @Test
        @DisplayName("a name the person gives is remembered, a feeling is not a name")
        void names() {
            assertThat(UNDERSTANDER.understand("my name is sam by the way").name()).contains("Sam");
            assertThat(UNDERSTANDER.understand("I'm tired").name()).isEmpty();
        }
    }

    @Nested
    @DisplayName("plans")
    class Plans {
        @Test
        @DisplayName("stated steps become goals in the person's words, turned toward them, with cadence")
        void seedPlans() {
            List<PlannedStep> steps = UNDERSTANDER.understand("I think I'll start by trying to take a short walk on "
                    + "my lunch break a few times this week. And maybe I can set aside 30 minutes in the evening to "
                    + "read a book, instead of just mindlessly scrolling on my phone.").plans();
            assertThat(steps).extracting(PlannedStep::cadence)
                    .containsExactly(Cadence.FEW_TIMES_THIS_WEEK, Cadence.EVERY_EVENING);
            assertThat(steps.get(0).text()).isEqualTo("take a short walk on your lunch break");
            assertThat(steps.get(1).text()).startsWith("set aside 30 minutes in the evening to read a book");
        }

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
                "I'll call my sister tomorrow|tomorrow",
                "I'm going to stretch every morning|every morning",
                "I will go to the gym on Monday|on Monday",
                "I plan to journal every day|every day",
                "I'll take a bath tonight|tonight",
                "I'm going to clean one shelf this weekend|this weekend",
                "I will meditate for five minutes|soon"})
        @DisplayName("cadence is read from the words")
        void cadences(String text, String cadence) {
            assertThat(UNDERSTANDER.understand(text).plans()).singleElement()
                    .satisfies(p -> assertThat(p.cadence()).isEqualTo(cadence));
        }

        @ParameterizedTest(name = "\"{0}\" is not a plan")
        @CsvSource(delimiter = '|', value = {
                "I'm going to give those ideas a try and see if it makes a difference",
                "there are steps I can take to start feeling better",
                "I'm going to lose my job",
                "I'll try",
                "I have to finish the report",
                "Should I take a walk?",
                "I can't keep up with anything",
                "I'll think about it"})
        @DisplayName("vague promises, obligations, questions and fears are not plans")
        void notPlans(String text) {
            assertThat(UNDERSTANDER.understand(text).plans()).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
                "ok im gonna do 20 flashcards then sleep by 12|do 20 flashcards",
                "ok ill dm kai and ryan tonight|dm kai and ryan"})
        @DisplayName("the informal spellings of a promise are plans too")
        void informalPlans(String text, String step) {
            assertThat(UNDERSTANDER.understand(text).plans()).singleElement()
                    .satisfies(p -> assertThat(p.text()).startsWith(step));
        }

        @Test
        @DisplayName("once a message is read as a plan, present-tense steps count; never on every message")
        void statedPlans() {
            String text = "ok tonight i update my CV, my roommate check my english. tomorrow i send it to 3 hotels";
            assertThat(UNDERSTANDER.understand(text).plans()).isEmpty();
            assertThat(UNDERSTANDER.statedPlans(UNDERSTANDER.understand(text).cleanedText()))
                    .extracting(PlannedStep::text).containsExactly("update your CV", "send it to 3 hotels");
            assertThat(UNDERSTANDER.statedPlans("i think i was wrong about her. i decide already last week"))
                    .isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\" is not affirmed")
        @CsvSource(delimiter = '|', value = {
                "im gonna say something horrible to him tomorrow",
                "i'll get back at her at school on monday",
                "tonight i tell him off in front of everyone"})
        @DisplayName("a step against someone else is never stored as a goal")
        void hostile(String text) {
            assertThat(UNDERSTANDER.understand(text).plans()).isEmpty();
            assertThat(UNDERSTANDER.statedPlans(text)).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\" is undecided")
        @CsvSource(delimiter = '|', value = {
                "I might keep them or I might bin them",
                "i could go either way tbh, ill maybe call her"})
        @DisplayName("two options held open are not a plan")
        void undecided(String text) {
            assertThat(UNDERSTANDER.understand(text).plans()).isEmpty();
            assertThat(UNDERSTANDER.statedPlans(text)).isEmpty();
        }
    }

    @Nested
    @DisplayName("reflection")
    class Reflection {
        @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
        @CsvSource(delimiter = '|', value = {
                "my work has been so stressful|your work has been so stressful",
                "I'm struggling to keep up with my kids|you're struggling to keep up with your kids",
                "I was hurt by what my friend said to me|you were hurt by what your friend said to you",
                "I guess I just feel like nobody listens.|you just feel like nobody listens"})
        @DisplayName("pronouns turn toward the person and fillers drop")
        void pronouns(String said, String reflected) {
            assertThat(REFLECTOR.reflect(said)).isEqualTo(reflected);
        }

        @Test
        @DisplayName("mentions and links never survive into an echo")
        void unsafeMarkupRemoved() {
            String reflected = REFLECTOR.reflect("@everyone my boss <@&123> is awful [click](http://x.y) here");
            assertThat(reflected).doesNotContain("@everyone", "<@", "](", "http");
        }
    }
}
