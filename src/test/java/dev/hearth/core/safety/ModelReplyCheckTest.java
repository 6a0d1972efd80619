package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.person.StoredMessage;
import dev.hearth.core.respond.ModelPrompt;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.Stage;
import dev.hearth.core.respond.Strategy;
import dev.hearth.data.YamlResources;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The check on a model's reply")
class ModelReplyCheckTest {
    static final ModelReplyCheck CHECK = ModelReplyCheck.english(LayeredCrisisDetector.english());
    static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

    static ModelPrompt prompt(List<Strategy> strategies, String... personSaid) {
        List<StoredMessage> turns = new ArrayList<>();
        for (String said : personSaid) {
            turns.add(new StoredMessage(StoredMessage.PERSON, said, AT));
        }
        return new ModelPrompt(Stage.EXPLORATION, strategies, "draft", "", List.of(), List.of(), turns);
    }

    static Optional<String> fault(String reply) {
        return CHECK.fault(reply, prompt(List.of(Strategy.REFLECTION_OF_FEELINGS, Strategy.QUESTION), "work is hard"),
                List.of());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "I want to die too.                                        | crisis-language",
            "I'm a real person, so I get it.                           | claims-human",
            "I am not a bot, I promise.                                | claims-human",
            "When I was your age I felt the same.                      | claims-human",
            "As a therapist, I hear you.                               | claims-professional",
            "I'm a licensed counsellor and this is normal.             | claims-professional",
            "Keep the knife in another room for now.                   | means",
            "A rope is not the answer.                                 | means",
            "Are you hanging yourself up on this?                      | means",
            "Your medication might need adjusting.                     | medical",
            "You might have depression.                                | medical",
            "Have a look at https://example.org for more.              | links",
            "@everyone should hear this.                               | links",
            "What happened? Who was there?                             | questions",
            "You should go for a walk.                                 | advice",
            "Have you tried writing it down?                           | advice",
            "   .                                                      | empty",
    })
    @DisplayName("each check fails the reply it is for")
    void eachCheck(String reply, String expected) {
        assertThat(fault(reply)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "That sounds exhausting. What has been the hardest part?",
            "I'm an automated companion, not a person, but I'm listening.",
            "It makes sense to feel worn down when work keeps piling up.",
            "I'm glad you told me. How are you feeling right now?",
            "Hang in there; it makes sense that you feel this way.",
    })
    @DisplayName("a short, warm reply with one question passes")
    void passes(String reply) {
        assertThat(fault(reply)).isEmpty();
    }

    @Test
    @DisplayName("advice passes only when the plan chose a suggestion")
    void adviceOnlyWhenPlanned() {
        String reply = "It might help to take a short walk at lunch.";
        assertThat(CHECK.fault(reply, prompt(List.of(Strategy.AFFIRMATION)), List.of())).contains("advice");
        assertThat(CHECK.fault(reply, prompt(List.of(Strategy.SUGGESTION)), List.of())).isEmpty();
    }

    @Test
    @DisplayName("length is limited in characters and in sentences")
    void length() {
        assertThat(fault("That is hard. ".repeat(6))).contains("too-long");
        assertThat(fault("x".repeat(ModelReplyCheck.MAX_CHARS) + " is long.")).contains("too-long");
    }

    @Test
    @DisplayName("a sentence from a recent reply, or said twice in the reply, fails, whatever its case and punctuation")
    void repetition() {
        ModelPrompt p = prompt(List.of(Strategy.AFFIRMATION), "work is hard");
        assertThat(CHECK.fault("That sounds so hard!", p, List.of("Hi there.\n\nThat sounds so hard.")))
                .contains("repeated");
        assertThat(CHECK.fault("That sounds hard. That sounds hard.", p, List.of())).contains("repeated");
        assertThat(CHECK.fault("That sounds hard.", p, List.of("That sounds so hard."))).isEmpty();
    }

    @Test
    @DisplayName("quotes pass only when they are the person's own words")
    void quotes() {
        ModelPrompt p = prompt(List.of(Strategy.RESTATEMENT), "I just feel stuck at work", "my boss ignores me");
        assertThat(CHECK.fault("You said “stuck at work”, and that sounds draining.", p, List.of())).isEmpty();
        assertThat(CHECK.fault("When you say \"my boss ignores me\", that hurts.", p, List.of())).isEmpty();
        assertThat(CHECK.fault("You said \"I hate my life\", and that matters.", p, List.of())).contains("misquote");
        assertThat(CHECK.fault("You called it ‘a dead end’.", p, List.of())).contains("misquote");
        assertThat(CHECK.fault("It's hard when you're stuck.", p, List.of())).isEmpty();
    }

    @Test
    @DisplayName("Hearth's own non-crisis phrasings nearly all pass, so the check rejects unsafe replies, not the style")
    void ownPhrasingsPass() {
        PhraseBook book = new YamlResources("en").phrases();
        ModelPrompt suggesting = prompt(List.of(Strategy.SUGGESTION), "work is hard");
        int checked = 0;
        List<String> rejected = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : book.phrases().entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("crisis.") || key.startsWith("safety.") || key.startsWith("help")
                    || key.startsWith("command.") || key.startsWith("checkin") || key.startsWith("support")
                    || key.startsWith("button.")) {
                continue;
            }
            for (String variant : entry.getValue()) {
                String text = variant.replaceAll("\\{[a-z_]+}", "work");
                checked++;
                Optional<String> fault = CHECK.fault(text, suggesting, List.of());
                if (fault.isPresent() && !fault.get().equals("too-long") && !fault.get().equals("questions")) {
                    rejected.add(fault.get() + ": " + key);
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(rejected.size()).as("rejected: %s", rejected).isLessThanOrEqualTo(checked / 100);
    }
}
