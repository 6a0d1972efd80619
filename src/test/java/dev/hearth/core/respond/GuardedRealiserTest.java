package dev.hearth.core.respond;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.UserRef;
import dev.hearth.core.person.StoredMessage;
import dev.hearth.core.safety.LayeredCrisisDetector;
import dev.hearth.core.safety.ModelReplyCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The guarded realiser")
class GuardedRealiserTest {
    static final LayeredCrisisDetector DETECTOR = LayeredCrisisDetector.english();
    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    static final UserRef USER = new UserRef("test", "1");
    static final ComposedReply COMPOSED = new ComposedReply(List.of("I'm Hearth, an automated companion.",
            "That sounds hard. What's been weighing on you?"),
            List.of(Strategy.REFLECTION_OF_FEELINGS, Strategy.QUESTION), List.of("disclose.first#0"), "");

    final List<ModelPrompt> asked = new ArrayList<>();
    List<StoredMessage> history = List.of();
    String answer = "It sounds like a lot.";

    GuardedRealiser realiser() {
        ReplyModel model = prompt -> {
            asked.add(prompt);
            return answer;
        };
        return new GuardedRealiser(model, ModelReplyCheck.english(DETECTOR), DETECTOR, (user, limit) -> history,
                Duration.ofHours(24));
    }

    static RealiserInput input(boolean inCrisisCare, Instant lastCrisisAt) {
        return new RealiserInput(USER, Stage.EXPLORATION, COMPOSED, "work is hard", "Sam", List.of("work"),
                List.of("take a walk"), inCrisisCare, lastCrisisAt, NOW);
    }

    @Test
    @DisplayName("in the crisis-care window the model is not asked and the embedded reply is used as it is")
    void crisisCare() {
        Realised realised = realiser().realise(input(true, NOW.minusSeconds(60)));
        assertThat(asked).isEmpty();
        assertThat(realised.parts()).isEqualTo(COMPOSED.parts());
        assertThat(realised.realiser()).isEqualTo(Realiser.EMBEDDED);
        assertThat(realised.modelFault()).isEmpty();
    }

    @Test
    @DisplayName("the model's answer replaces only the reply proper; the disclosure stays")
    void keepsDisclosure() {
        Realised realised = realiser().realise(input(false, Instant.EPOCH));
        assertThat(realised.parts()).containsExactly("I'm Hearth, an automated companion.", "It sounds like a lot.");
        assertThat(realised.realiser()).isEqualTo(Realiser.MODEL);
        assertThat(asked.get(0).draft()).isEqualTo("That sounds hard. What's been weighing on you?");
        assertThat(asked.get(0).name()).isEqualTo("Sam");
        assertThat(asked.get(0).goals()).containsExactly("take a walk");
    }

    @Test
    @DisplayName("a thinking block, a speaker label and wrapping quotes are removed before the check")
    void cleansAnswer() {
        answer = "<think>they seem sad, maybe ask</think>\nHearth: \"It sounds like a lot.\"";
        Realised realised = realiser().realise(input(false, Instant.EPOCH));
        assertThat(realised.parts().get(1)).isEqualTo("It sounds like a lot.");
    }

    @Test
    @DisplayName("a model that throws anything gets the embedded reply sent, with a reason")
    void anythingUnexpected() {
        ReplyModel broken = prompt -> {
            throw new IllegalStateException("boom");
        };
        Realised realised = new GuardedRealiser(broken, ModelReplyCheck.english(DETECTOR), DETECTOR,
                (user, limit) -> history, Duration.ofHours(24)).realise(input(false, Instant.EPOCH));
        assertThat(realised.parts()).isEqualTo(COMPOSED.parts());
        assertThat(realised.modelFault()).isEqualTo("error");
    }

    @Test
    @DisplayName("the prompt leaves out turns up to the end of the last crisis's care window and any with crisis words")
    void promptTurns() {
        Instant crisisAt = NOW.minus(Duration.ofDays(3));
        history = List.of(
                new StoredMessage(StoredMessage.PERSON, "before the crisis", crisisAt.minusSeconds(60)),
                new StoredMessage(StoredMessage.PERSON, "during the care window", crisisAt.plus(Duration.ofHours(2))),
                new StoredMessage(StoredMessage.PERSON, "work was fine today", NOW.minus(Duration.ofDays(1))),
                new StoredMessage(StoredMessage.PERSON, "sometimes I want to kill myself", NOW.minus(Duration.ofHours(20))),
                new StoredMessage(StoredMessage.HEARTH, "I'm glad to hear it.", NOW.minus(Duration.ofDays(1))));
        realiser().realise(input(false, crisisAt));

        List<String> texts = asked.get(0).turns().stream().map(StoredMessage::text).toList();
        assertThat(texts).containsExactly("work was fine today", "I'm glad to hear it.", "work is hard");
    }

    @Test
    @DisplayName("the model sees at most the last few turns, and this turn's message last")
    void promptLength() {
        List<StoredMessage> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(new StoredMessage(i % 2 == 0 ? StoredMessage.PERSON : StoredMessage.HEARTH, "line " + i,
                    NOW.minusSeconds(3600 - i)));
        }
        history = many;
        realiser().realise(input(false, Instant.EPOCH));
        List<StoredMessage> turns = asked.get(0).turns();
        assertThat(turns).hasSize(GuardedRealiser.PROMPT_TURNS + 1);
        assertThat(turns.get(0).text()).isEqualTo("line 22");
        assertThat(turns.get(turns.size() - 1).text()).isEqualTo("work is hard");
    }
}
