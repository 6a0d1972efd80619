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
    /**
     * The note after a check-in: as a button, pressed with no text, it asks for the note as the next
     * message; as an action carrying text (Discord's modal submits it so), the text is the note for the
     * person's latest check-in.
     */
    public static final String NOTE = "mood-note";
    /** Declines the note after a check-in. */
    public static final String NOTE_SKIP = "mood-note:skip";
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

    /** "Add a note" and "No note", under the reply to a check-in. */
    public static List<Button> noteButtons(PhraseChooser chooser) {
        return List.of(new Button(NOTE, chooser.choose("button.mood-note")),
                new Button(NOTE_SKIP, chooser.choose("button.mood-note.skip")));
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
