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
