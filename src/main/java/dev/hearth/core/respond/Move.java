package dev.hearth.core.respond;

/**
 * One thing a reply does, in the order it says it; each maps to an ESConv strategy and to a family of
 * phrase keys the {@link Composer} chooses from.
 */
public enum Move {
    DISCLOSE(Strategy.INFORMATION),
    GREET(Strategy.OTHERS),
    WELCOME_BACK(Strategy.QUESTION),
    ABOUT_HEARTH(Strategy.INFORMATION),
    SMALL_TALK(Strategy.SELF_DISCLOSURE),
    RESTATE(Strategy.RESTATEMENT),
    REFLECT_FEELING(Strategy.REFLECTION_OF_FEELINGS),
    VALIDATE(Strategy.AFFIRMATION),
    LISTEN(Strategy.AFFIRMATION),
    INFORM(Strategy.INFORMATION),
    ACCEPT_DECLINE(Strategy.AFFIRMATION),
    AFFIRM_CHANGE(Strategy.AFFIRMATION),
    AFFIRM_PLAN(Strategy.AFFIRMATION),
    AFFIRM_CLOSE(Strategy.AFFIRMATION),
    PLAN_FOLLOW_UP(Strategy.INFORMATION),
    CELEBRATE(Strategy.AFFIRMATION),
    SUGGEST(Strategy.SUGGESTION),
    ASK_HOW(Strategy.QUESTION),
    ASK_EXPLORE(Strategy.QUESTION),
    ASK_DEEPER(Strategy.QUESTION),
    ASK_STEP(Strategy.QUESTION),
    ASK_GOOD(Strategy.QUESTION),
    ACKNOWLEDGE(Strategy.OTHERS),
    /** Answers a question about what Hearth is or can do. */
    ANSWER(Strategy.INFORMATION),
    /** Answers a question about Hearth itself (how it is, what it likes): a little about itself. */
    ANSWER_SELF(Strategy.SELF_DISCLOSURE),
    /** Answers "is that normal?": reassurance, never a diagnosis. */
    ANSWER_REASSURE(Strategy.AFFIRMATION),
    /** Answers "what would you do?": an opinion, framed as one, and handed back. */
    ANSWER_OPINION(Strategy.SUGGESTION),
    /** Thanks said in passing: a short "of course", and the conversation goes on. */
    ACK_THANKS(Strategy.OTHERS),
    /** After a complaint: owns it, says sorry, and changes approach. */
    REPAIR(Strategy.OTHERS),
    /** Concrete options to choose from, instead of another open question. */
    OFFER_OPTIONS(Strategy.QUESTION),
    /** A step that went well: glad with them. */
    GOAL_WENT_WELL(Strategy.AFFIRMATION),
    /** A step that did not happen or went badly: no blame. */
    GOAL_WAS_HARD(Strategy.AFFIRMATION),
    /** What helped, or what got in the way. */
    ASK_ABOUT_STEP(Strategy.QUESTION),
    CLOSE(Strategy.OTHERS);

    private final Strategy strategy;

    Move(Strategy strategy) {
        this.strategy = strategy;
    }

    /** The ESConv strategy this move carries out. */
    public Strategy strategy() {
        return strategy;
    }
}
