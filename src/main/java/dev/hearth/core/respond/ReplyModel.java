package dev.hearth.core.respond;

/**
 * An optional language model that phrases a planned reply, implemented outside the core (an
 * OpenAI-compatible chat endpoint in {@code dev.hearth.llm}). It is only ever given what
 * {@link ModelPrompt} holds, and its answer is checked by {@link GuardedRealiser} before anyone sees it.
 */
@FunctionalInterface
public interface ReplyModel {
    /**
     * The model's phrasing of the reply.
     *
     * @throws ReplyModelException when the model is slow, unreachable, answers with an error, or
     *                             returns something that is not a reply
     */
    String phrase(ModelPrompt prompt);
}
