package dev.hearth.core.semantic;

/**
 * Turns one sentence into a fixed-length vector that places sentences of similar meaning close
 * together. The semantic layer's one model: every stage that needs meaning reads the vectors the
 * turn's reading made once, never the encoder again. Implementations run in process, are
 * thread-safe, and never throw for odd text (an empty or unreadable sentence gives a zero vector).
 */
public interface SentenceEncoder {
    /** How many numbers each vector has. */
    int dimension();

    /** The vector of one sentence, unit length (or zero for a sentence with nothing in it). */
    SentenceVector encode(String sentence);
}
