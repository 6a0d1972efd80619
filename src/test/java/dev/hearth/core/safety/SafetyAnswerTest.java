package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The answer to 'are you safe right now?'")
class SafetyAnswerTest {
    private final SafetyAnswer answer = new SafetyAnswer();

    @ParameterizedTest
    @ValueSource(strings = {"no", "No.", "nope", "nah", "not really", "not really, I have the pills here", "idk",
            "I don't know", "i dont know anymore", "I'm not", "no im not", "I'm not safe", "not sure",
            "honestly no", "maybe not", "I don't feel safe", "noo"})
    @DisplayName("says the person is not safe")
    void notSafe(String text) {
        assertThat(answer.saysNotSafe(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "yeah I'm safe", "I'm safe for now", "no I'm not going to do anything",
            "no, I'm okay", "no don't worry", "I'm not suicidal, just tired", "not like that", "",
            "no idea what to do about work, my boss keeps piling things on and on and I cannot keep up with it"})
    @DisplayName("is not read as danger when it reassures, answers something else, or is long")
    void notDanger(String text) {
        assertThat(answer.saysNotSafe(text)).isFalse();
    }
}
