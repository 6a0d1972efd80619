package dev.hearth.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.semantic.SentenceEncoder;
import dev.hearth.core.semantic.SentenceVector;
import dev.hearth.testing.SharedEncoder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OnnxSentenceEncoderTest {
    private final SentenceEncoder encoder = SharedEncoder.get();

    @Test
    @DisplayName("sentences that mean the same are closer than sentences about something else")
    void meaningIsCloserThanWords() {
        SentenceVector lost = encoder.encode("i got laid off from my job today");
        SentenceVector fired = encoder.encode("they let me go at work this morning");
        SentenceVector pizza = encoder.encode("this pizza is amazing");
        assertThat(lost.similarity(fired)).isGreaterThan(lost.similarity(pizza) + 0.15);
    }

    @Test
    @DisplayName("vectors have the model's size, unit length, and the same text gives the same vector")
    void deterministicUnitVectors() {
        SentenceVector a = encoder.encode("I'm so tired of everything");
        assertThat(a.dimension()).isEqualTo(encoder.dimension()).isEqualTo(384);
        assertThat(a.similarity(a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(encoder.encode("I'm so tired of everything")).isEqualTo(a);
    }

    @Test
    @DisplayName("empty, blank, huge and odd text give a vector without failing")
    void oddText() {
        assertThat(encoder.encode("").isZero()).isTrue();
        assertThat(encoder.encode("   \n ").isZero()).isTrue();
        assertThat(encoder.encode("word ".repeat(5000)).dimension()).isEqualTo(384);
        assertThat(encoder.encode("\u0000\uD83D\uDE00 ✨✨✨").dimension()).isEqualTo(384);
    }
}
