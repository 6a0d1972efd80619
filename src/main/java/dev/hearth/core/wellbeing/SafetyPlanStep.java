package dev.hearth.core.wellbeing;

import java.util.Optional;

/**
 * The seven steps of a safety plan, in the order of the Stanley-Brown Safety Planning Intervention:
 * from noticing that a crisis may be coming to the reason to live. A step's phrases are
 * {@code safetyplan.step.<number>.ask} (the question) and {@code safetyplan.step.<number>.title}.
 */
public enum SafetyPlanStep {
    WARNING_SIGNS,
    ON_MY_OWN,
    DISTRACTIONS,
    PEOPLE_TO_ASK,
    PROFESSIONALS,
    SAFER_SURROUNDINGS,
    REASON_TO_LIVE;

    /** The step's number, 1 to 7. */
    public int number() {
        return ordinal() + 1;
    }

    /** The step with this number, if there is one. */
    public static Optional<SafetyPlanStep> of(long number) {
        return number >= 1 && number <= values().length
                ? Optional.of(values()[(int) number - 1]) : Optional.empty();
    }

    /** The key of the question that asks for this step. */
    public String askKey() {
        return "safetyplan.step." + number() + ".ask";
    }

    /** The key of this step's title, as the plan shows it. */
    public String titleKey() {
        return "safetyplan.step." + number() + ".title";
    }
}
