package dev.hearth.core.respond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Choosing phrasings")
class TurnPhraseChooserTest {
    final PhraseBook book = new PhraseBook(Map.of(
            "greet", List.of("Hi.", "Hello.", "Hey there.", "Hi, {name}."),
            "echo", List.of("So {echo}.", "It sounds like {echo}.")));

    @Test
    @DisplayName("never picks a variant heard recently while a fresh one is left")
    void avoidsRecent() {
        TurnPhraseChooser chooser = new TurnPhraseChooser(book, Set.of("greet#0", "greet#1"), 1);
        assertThat(chooser.choose("greet")).isEqualTo("Hey there.");
        assertThat(chooser.usedIds()).containsExactly("greet#2");
    }

    @Test
    @DisplayName("skips variants whose slots have no value, and fills those that do")
    void slots() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            seen.add(new TurnPhraseChooser(book, Set.of(), seed).choose("greet"));
        }
        assertThat(seen).containsExactlyInAnyOrder("Hi.", "Hello.", "Hey there.");
        String named = new TurnPhraseChooser(book, Set.of("greet#0", "greet#1", "greet#2"), 3)
                .choose("greet", Map.of("name", "sam"));
        assertThat(named).isEqualTo("Hi, sam.");
    }

    @Test
    @DisplayName("firstFresh falls through to the next key when one is used up, and says so when all are")
    void fallThrough() {
        TurnPhraseChooser chooser = new TurnPhraseChooser(book, Set.of("echo#0", "echo#1"), 5);
        assertThat(chooser.firstFresh(List.of("echo", "greet"), Map.of("echo", "x"))).get()
                .satisfies(c -> assertThat(c.id()).startsWith("greet#"));
        TurnPhraseChooser exhausted = new TurnPhraseChooser(book, Set.of("echo#0", "echo#1"), 5);
        assertThat(exhausted.firstFresh(List.of("echo"), Map.of("echo", "x"))).isEmpty();
    }

    @Test
    @DisplayName("an unknown key is an error, not a silent blank")
    void unknownKey() {
        assertThatThrownBy(() -> new TurnPhraseChooser(book, Set.of(), 1).choose("nope"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the same person and turn always get the same choice (replays are repeatable)")
    void deterministic() {
        assertThat(new TurnPhraseChooser(book, Set.of(), 42).choose("greet"))
                .isEqualTo(new TurnPhraseChooser(book, Set.of(), 42).choose("greet"));
    }
}
