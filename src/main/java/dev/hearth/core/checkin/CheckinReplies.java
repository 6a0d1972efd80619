package dev.hearth.core.checkin;

import dev.hearth.core.Button;
import dev.hearth.core.Reply;
import dev.hearth.core.respond.PhraseChooser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The check-in prompt with its five mood buttons, and a goal's follow-up question with its three answer
 * buttons. Both are sent by the scheduler and, for {@code /checkin}, as a reply. Button ids carry all
 * that is needed to act on them after a restart.
 */
public final class CheckinReplies {
    /** Prefix of the mood buttons, {@code mood:1} (lowest) to {@code mood:5}. */
    public static final String MOOD_PREFIX = "mood:";
    /** Prefix of the goal follow-up buttons, {@code goal:<id>:done|partly|not-yet}. */
    public static final String GOAL_PREFIX = "goal:";

    private CheckinReplies() {
    }

    /** "How are you feeling today?" with buttons {@code mood:1} to {@code mood:5}. */
    public static Reply checkinPrompt(PhraseChooser chooser) {
        List<Button> buttons = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            buttons.add(new Button(MOOD_PREFIX + score, chooser.choose("button.mood." + score)));
        }
        return Reply.text(chooser.choose("checkin.prompt")).withButtons(buttons);
    }

    /** "How did it go with …?" with done, partly and not-yet buttons; private, as it quotes the person. */
    public static Reply goalFollowUp(long goalId, String goalText, PhraseChooser chooser) {
        List<Button> buttons = new ArrayList<>();
        for (GoalAnswer answer : GoalAnswer.values()) {
            buttons.add(new Button(GOAL_PREFIX + goalId + ":" + answer.wireName(),
                    chooser.choose("button.goal." + answer.wireName())));
        }
        return Reply.text(chooser.choose("goal.followup.ask", Map.of("goal", goalText))).withButtons(buttons);
    }
}
