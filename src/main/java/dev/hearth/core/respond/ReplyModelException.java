package dev.hearth.core.respond;

/**
 * A model gave no usable answer. {@link #fault()} is a short, text-free reason ({@code timeout},
 * {@code unreachable}, {@code http-500}, {@code malformed}, {@code empty}) for logs and replay output.
 */
public final class ReplyModelException extends RuntimeException {
    private final String fault;

    public ReplyModelException(String fault) {
        super(fault, null, false, false);
        this.fault = fault;
    }

    /** Why the model gave no answer; never holds anything the person wrote. */
    public String fault() {
        return fault;
    }
}
