package dev.hearth.core.reading;

import dev.hearth.core.semantic.SentenceVector;
import java.util.Objects;

/** One sentence of a message and its embedding, made once per turn. */
public record ReadSentence(String text, SentenceVector vector) {
    public ReadSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vector, "vector");
    }
}
