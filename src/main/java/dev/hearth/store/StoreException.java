package dev.hearth.store;

/**
 * The store cannot work; the message is one sentence fit to show the operator. A configuration
 * problem (a wrong encryption key) exits with code 2, anything else with code 1.
 */
public class StoreException extends RuntimeException {
    private final boolean configurationProblem;

    public StoreException(String sentence, Throwable cause) {
        this(sentence, cause, false);
    }

    public StoreException(String sentence, Throwable cause, boolean configurationProblem) {
        super(sentence, cause);
        this.configurationProblem = configurationProblem;
    }

    /** True when the operator's configuration is at fault (exit code 2). */
    public boolean isConfigurationProblem() {
        return configurationProblem;
    }
}
