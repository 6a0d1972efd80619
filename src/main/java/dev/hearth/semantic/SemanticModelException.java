package dev.hearth.semantic;

/** The sentence model could not be loaded; the message is one sentence for the operator (exit 2). */
public final class SemanticModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SemanticModelException(String message) {
        super(message);
    }

    public SemanticModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
