package dev.hearth.core.respond;

/** The eight ESConv support strategies, with the contract's exact spelling in {@link #label()}. */
public enum Strategy {
    QUESTION("Question"),
    RESTATEMENT("Restatement or Paraphrasing"),
    REFLECTION_OF_FEELINGS("Reflection of feelings"),
    SELF_DISCLOSURE("Self-disclosure"),
    AFFIRMATION("Affirmation and Reassurance"),
    SUGGESTION("Providing Suggestions"),
    INFORMATION("Information"),
    OTHERS("Others");

    private final String label;

    Strategy(String label) {
        this.label = label;
    }

    /** The ESConv name exactly, as written in {@code analysis.strategies}. */
    public String label() {
        return label;
    }
}
