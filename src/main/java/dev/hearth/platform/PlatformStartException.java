package dev.hearth.platform;

/** A platform could not start; the message is one sentence fit to show the operator. */
public class PlatformStartException extends Exception {
    public PlatformStartException(String sentence, Throwable cause) {
        super(sentence, cause);
    }

    public PlatformStartException(String sentence) {
        super(sentence);
    }
}
