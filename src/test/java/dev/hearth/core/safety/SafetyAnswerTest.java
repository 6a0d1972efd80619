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
            "honestly no", "maybe not", "I don't feel safe", "noo", "I'm not sure I'm safe",
            "no. i'm not going to be safe tonight", "i don't know if i'm okay", "no, don't worry about me",
            "not rly", "i dunno", "I\u2018m not",
            "honestly no, i'm not, i've been sitting here for hours and i don't know what to do"})
    @DisplayName("says the person is not safe")
    void notSafe(String text) {
        assertThat(answer.saysNotSafe(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "yeah I'm safe", "I'm safe for now", "no I'm not going to do anything",
            "no, I'm okay", "no idea, I'm fine though", "I'm not suicidal, just tired", "no thanks",
            "I'm not sure what you mean", "not like that", "",
            "no idea what to do about work, my boss keeps piling things on and on and I cannot keep up with it"})
    @DisplayName("is not read as danger when it reassures, answers something else, or is long")
    void notDanger(String text) {
        assertThat(answer.saysNotSafe(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unbearable", "really heavy, unbearable honestly", "too much", "10/10",
            "I can't take it anymore", "it's crushing me"})
    @DisplayName("to 'how heavy is it?': unbearable")
    void unbearable(String text) {
        assertThat(answer.saysUnbearable(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a bit", "manageable", "heavy but I'm okay", "not too bad today", ""})
    @DisplayName("to 'how heavy is it?': not unbearable")
    void bearable(String text) {
        assertThat(answer.saysUnbearable(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "yeah sometimes", "kinda", "i think so", "honestly yes, a lot"})
    @DisplayName("to 'are you having thoughts of suicide?': yes")
    void yes(String text) {
        assertThat(answer.saysYes(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "not really", "no, just tired", ""})
    @DisplayName("to 'are you having thoughts of suicide?': not yes")
    void notYes(String text) {
        assertThat(answer.saysYes(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"she's not answering her phone now", "I can't reach him", "he texted me goodbye",
            "her phone went straight to voicemail", "she took a lot of pills", "he went offline an hour ago"})
    @DisplayName("from someone helping: the person at risk cannot be reached or is acting now")
    void otherNow(String text) {
        assertThat(answer.otherAtRiskNow(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what should I do?", "how do I help her", "should I call her mum?", "any advice?"})
    @DisplayName("from someone helping: asks what to do")
    void helperAsks(String text) {
        assertThat(answer.helperAsks(text)).isTrue();
        assertThat(answer.otherAtRiskNow(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"it's bleeding a lot", "I feel dizzy", "it won't stop bleeding", "I can't breathe",
            "I keep throwing up", "so sleepy now"})
    @DisplayName("after acute care: the body is hurt now")
    void hurtNow(String text) {
        assertThat(answer.saysHurtNow(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm okay now", "no", "I'm at home", "I'm scared"})
    @DisplayName("after acute care: nothing said about the body")
    void notHurt(String text) {
        assertThat(answer.saysHurtNow(text)).isFalse();
    }
}
