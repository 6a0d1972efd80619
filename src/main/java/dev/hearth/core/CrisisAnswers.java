package dev.hearth.core;

import dev.hearth.core.person.DialogueState;
import dev.hearth.core.safety.CrisisAssessment;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.safety.CrisisSubject;
import dev.hearth.core.safety.SafetyAnswer;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads a message as the answer to the question crisis care just asked, which the words alone cannot
 * show: "no" to "are you safe right now?" is acute, and "it's bleeding" or "I feel dizzy" after it is a medical
 * emergency; "unbearable" to "how heavy is it?" earns the
 * direct question about suicide, and "yes" to that is acute; someone helping a friend who says "she's
 * not answering now" is in an emergency, and "what should I do?" wants the how-to again. The question
 * is known from the phrase ids of Hearth's last reply, within an hour of it.
 */
final class CrisisAnswers {
    /** How long a short message is still read as the answer to crisis care's last question. */
    static final Duration ANSWER_WINDOW = Duration.ofHours(1);

    private final SafetyAnswer answers = new SafetyAnswer();

    /** The assessment the message deserves as an answer; the detector's own when it is no answer. */
    CrisisAssessment reread(CrisisAssessment detected, DialogueState state, Instant now, String text) {
        boolean afterAcuteCare = asked(state, now, "crisis.acute.ask_safe") || asked(state, now, "crisis.not_safe.reach_out")
                || asked(state, now, "crisis.hurt_now.get_help") || asked(state, now, "crisis.country_lines");
        // Read even when the words alone are acute: "I'm not safe" must not be asked "are you safe?" again.
        if (afterAcuteCare && answers.saysHurtNow(text)) {
            // Bleeding, dizzy after pills: the body first. Medical help now, before anything else.
            return acute(CrisisSubject.SELF, SafetyAnswer.HURT_NOW);
        }
        if (afterAcuteCare && (answers.saysNotSafe(text) || answers.saysMeansNear(text))) {
            // "No" to "are you safe right now?" is the most urgent thing anyone can tell Hearth.
            return acute(CrisisSubject.SELF, SafetyAnswer.NOT_SAFE);
        }
        if (detected.level() == CrisisLevel.ACUTE) {
            return detected;
        }
        if (asked(state, now, "crisis.concern.ask_weight") && answers.saysUnbearable(text)) {
            return acute(CrisisSubject.SELF, SafetyAnswer.UNBEARABLE);
        }
        if (asked(state, now, "crisis.unbearable.ask_direct") && answers.saysYes(text)) {
            return acute(CrisisSubject.SELF, SafetyAnswer.THOUGHTS);
        }
        if (!detected.isCrisis() && asked(state, now, "crisis.other.how_to_help")) {
            if (answers.otherAtRiskNow(text)) {
                return acute(CrisisSubject.OTHER, SafetyAnswer.OTHER_NOW);
            }
            if (answers.helperAsks(text)) {
                return new CrisisAssessment(CrisisLevel.CONCERN, CrisisSubject.OTHER, SafetyAnswer.HELPER_ASKS);
            }
        }
        return detected;
    }

    private static CrisisAssessment acute(CrisisSubject subject, String reason) {
        return new CrisisAssessment(CrisisLevel.ACUTE, subject, reason);
    }

    /** Hearth's last reply was crisis care that used this question's phrase, within the care window. */
    private boolean asked(DialogueState state, Instant now, String questionKey) {
        // The phrase id is what says a question was asked (the country-lines reply is stored as comforting).
        if (Duration.between(state.lastCrisisAt(), now).compareTo(ANSWER_WINDOW) >= 0) {
            return false;
        }
        String lastTurn = state.turns() + "|" + questionKey;
        return state.recentPhrases().stream().anyMatch(entry -> entry.startsWith(lastTurn));
    }
}
