package dev.hearth.core.respond;

/**
 * The last step of the compose stage: says what the planner decided, in words. The embedded realiser
 * sends the composer's reply as it is; an optional language model ({@link GuardedRealiser}) may phrase
 * it instead, checked before it is sent and replaced by the embedded reply whenever it fails. Crisis
 * care never comes here: the engine composes it before this stage.
 */
@FunctionalInterface
public interface Realiser {
    /** The name written to {@code analysis.realiser} for replies phrased by the phrase files. */
    String EMBEDDED = "embedded";
    /** The name written to {@code analysis.realiser} for replies phrased by a language model. */
    String MODEL = "llm";

    /** The embedded realiser: the composed reply, unchanged. The default when no model is configured. */
    Realiser EMBEDDED_ONLY = input -> Realised.embedded(input.composed());

    /** The reply's parts for this turn and which realiser produced them. Never throws. */
    Realised realise(RealiserInput input);
}
