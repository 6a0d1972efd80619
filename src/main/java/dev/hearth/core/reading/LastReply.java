package dev.hearth.core.reading;

import java.util.List;

/**
 * What Hearth's previous reply did, from the phrase ids it used: the context a message is read
 * against ("yeah" answers a question; "did it twice" answers how a step went).
 *
 * @param firstTurn      there was no previous reply
 * @param askedQuestion  it asked the person something
 * @param suggested      it offered a suggestion
 * @param askedAboutGoal it asked how a step they chose went
 * @param closed         it said goodbye
 */
public record LastReply(boolean firstTurn, boolean askedQuestion, boolean suggested, boolean askedAboutGoal,
                        boolean closed) {

    /** Before the first message. */
    public static LastReply none() {
        return new LastReply(true, false, false, false, false);
    }

    /** Read from the phrase ids ({@code key#variant}) of the previous reply. */
    public static LastReply fromPhraseIds(List<String> ids) {
        if (ids.isEmpty()) {
            return none();
        }
        boolean asked = false;
        boolean suggested = false;
        boolean goal = false;
        boolean closed = false;
        for (String id : ids) {
            String key = id.contains("#") ? id.substring(0, id.indexOf('#')) : id;
            asked |= key.startsWith("ask.") || key.startsWith("welcome_back") || key.startsWith("options.")
                    || key.startsWith("crisis.") || key.startsWith("answer.turn");
            suggested |= key.startsWith("suggest.");
            goal |= key.startsWith("welcome_back.goal") || key.startsWith("followup.");
            closed |= key.startsWith("close.");
        }
        return new LastReply(false, asked, suggested, goal, closed);
    }

    /** The context as numbers for a learned head, in the order of {@link #FEATURES}. */
    public double[] features(int words, boolean questionMark) {
        return new double[] {firstTurn ? 1 : 0, askedQuestion ? 1 : 0, suggested ? 1 : 0, askedAboutGoal ? 1 : 0,
                words <= 3 ? 1 : 0, questionMark ? 1 : 0};
    }

    /** Names of the context features a dialogue-act head is trained with. */
    public static final List<String> FEATURES =
            List.of("first_turn", "asked_question", "suggested", "asked_about_goal", "three_words_or_fewer", "question_mark");
}
