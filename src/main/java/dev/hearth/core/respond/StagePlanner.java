package dev.hearth.core.respond;

import dev.hearth.core.person.DialogueState;
import dev.hearth.core.reading.DialogueAct;
import dev.hearth.core.understand.Feelings;
import dev.hearth.core.understand.Intent;
import dev.hearth.core.understand.Understanding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The plan stage: chooses the ESConv stage and the moves of the reply from what the person said and
 * where the conversation is, following the person rather than a script. A new problem goes back to
 * exploration; a request for ideas moves to action; a declined suggestion goes back to validation,
 * never a second suggestion; someone who only wants to vent gets listening, not advice; a question
 * about Hearth gets an honest answer; thanks and goodbyes close warmly with the door left open.
 */
public final class StagePlanner {
    /** Topics that come with another one: money after losing a job is the same problem, not a new one. */
    private static final java.util.Map<String, Set<String>> RELATED = java.util.Map.of(
            "job-loss", Set.of("money", "work", "family", "self-worth"),
            "breakup", Set.of("partner", "loneliness", "friends", "self-worth"),
            "grief", Set.of("family", "loneliness", "sleep"),
            "loneliness", Set.of("friends", "work", "home"),
            "work", Set.of("home", "sleep", "money"),
            "health", Set.of("sleep", "work", "money"));
    private static final Set<String> INFORMABLE = Set.of("grief", "sleep", "loneliness", "breakup", "job-loss");
    private static final Set<String> PRESSURE =
            Set.of("overwhelmed", "stressed", "guilty", "exhausted", "anxious", "angry");

    /** The plan for one conversational turn (crisis turns are planned by the safety layer). */
    public TurnPlan plan(PlanningContext context) {
        Understanding u = context.understanding();
        DialogueState state = context.state();
        List<Move> moves = new ArrayList<>();
        if (context.firstContact() || context.disclosureDue()) {
            moves.add(Move.DISCLOSE);
        }
        boolean ventOnly = (state.ventOnly() || u.has(Intent.VENTING_ONLY)) && !u.has(Intent.ASKING_ADVICE);
        boolean declined = u.has(Intent.DECLINING) && !state.lastSuggestion().isEmpty();
        if (declined && state.declinedSuggestions().size() >= 1) {
            ventOnly = true; // a second refusal: they want to be heard, not advised
        }
        boolean negative = u.feelingNames().stream().anyMatch(Feelings::isDifficult);
        boolean newTopic = u.topics().stream().anyMatch(t -> !state.topics().contains(t)
                && state.topics().stream().noneMatch(known -> RELATED.getOrDefault(known, Set.of()).contains(t)));
        Stage current = state.turns() == 0 ? Stage.EXPLORATION : state.stage();
        DialogueAct act = context.act();
        boolean shortStreak = act == DialogueAct.SHORT_ANSWER && state.flow().shortAnswers() >= 1;
        if (act == DialogueAct.THANKS_IN_PASSING && goesOn(u)) {
            moves.add(Move.ACK_THANKS); // then the rest of the message is answered as usual
        }

        Stage stage;
        if (act == DialogueAct.COMPLAINT) {
            // Own it, change approach, and let them steer: options rather than another probing question.
            moves.remove(Move.DISCLOSE);
            moves.add(Move.REPAIR);
            moves.add(Move.OFFER_OPTIONS);
            stage = current == Stage.CRISIS || current == Stage.CLOSING ? Stage.COMFORTING : current;
            return new TurnPlan(stage, moves, false, ventOnly);
        } else if (act == DialogueAct.GOAL_UPDATE) {
            boolean hard = negative || Feelings.soundsUnsuccessful(u.cleanedText());
            moves.add(hard ? Move.GOAL_WAS_HARD : Move.GOAL_WENT_WELL);
            moves.add(Move.ASK_ABOUT_STEP);
            stage = hard ? Stage.COMFORTING : Stage.ACTION;
            return new TurnPlan(stage, moves, false, ventOnly);
        } else if (shortStreak) {
            // A second short answer in a row: concrete options, not a third open question.
            moves.add(Move.ACKNOWLEDGE);
            moves.add(Move.OFFER_OPTIONS);
            stage = current == Stage.CRISIS || current == Stage.CLOSING ? Stage.EXPLORATION : current;
            return new TurnPlan(stage, moves, false, ventOnly);
        } else if (act == DialogueAct.QUESTION_TO_HEARTH) {
            // Answer first, honestly, as an automated companion; then at most one question back.
            if ("identity".equals(context.questionKind())) {
                moves.remove(Move.DISCLOSE); // the answer says what Hearth is
            }
            String kind = context.questionKind();
            moves.add(switch (kind) {
                case "feelings", "likes" -> Move.ANSWER_SELF;
                case "normal" -> Move.ANSWER_REASSURE;
                case "opinion" -> Move.ANSWER_OPINION;
                default -> Move.ANSWER;
            });
            if (negative) {
                moves.add(Move.REFLECT_FEELING);
            } else if (Set.of("identity", "feelings", "likes", "capability").contains(kind)) {
                // Answered about itself: the question goes back to them (their answers hand it back already).
                moves.add(u.topics().isEmpty() && state.flow().lastTopics().isEmpty() ? Move.ASK_HOW : Move.ASK_DEEPER);
            }
            stage = current == Stage.CRISIS || current == Stage.CLOSING ? Stage.COMFORTING : current;
        } else if (u.has(Intent.ABOUT_HEARTH)) {
            moves.remove(Move.DISCLOSE);
            moves.add(Move.ABOUT_HEARTH);
            if (negative) {
                moves.add(Move.REFLECT_FEELING);
            }
            moves.add(Move.ASK_HOW);
            stage = current == Stage.CRISIS ? Stage.COMFORTING : current;
        } else if (u.has(Intent.STATING_PLAN)) {
            moves.add(Move.AFFIRM_PLAN);
            moves.add(Move.PLAN_FOLLOW_UP);
            stage = Stage.ACTION;
        } else if ((u.has(Intent.GOODBYE) || u.has(Intent.THANKS)) && !(negative && newTopic)
                && !u.has(Intent.ASKING_ADVICE) && !(act == DialogueAct.THANKS_IN_PASSING && goesOn(u))) {
            moves.add(Move.AFFIRM_CLOSE);
            moves.add(Move.CLOSE);
            stage = Stage.CLOSING;
        } else if (declined) {
            moves.add(Move.ACCEPT_DECLINE);
            moves.add(negative ? Move.REFLECT_FEELING : Move.ASK_DEEPER);
            stage = Stage.COMFORTING;
        } else if (u.has(Intent.VENTING_ONLY)) {
            moves.add(Move.LISTEN);
            if (!u.echo().isEmpty()) {
                moves.add(Move.RESTATE);
            } else if (negative) {
                moves.add(Move.REFLECT_FEELING);
            } else {
                moves.add(Move.ASK_EXPLORE);
            }
            stage = Stage.COMFORTING;
        } else if (u.has(Intent.ASKING_ADVICE)) {
            if (!u.echo().isEmpty() && !u.topics().isEmpty()) {
                moves.add(Move.RESTATE);
            } else if (negative) {
                moves.add(Move.REFLECT_FEELING);
            }
            moves.add(Move.SUGGEST);
            stage = Stage.ACTION;
        } else if (u.has(Intent.GOOD_NEWS) && !negative) {
            moves.add(Move.CELEBRATE);
            moves.add(Move.ASK_GOOD);
            stage = Stage.EXPLORATION;
        } else if (context.returning() && !negative && u.topics().isEmpty()) {
            moves.add(Move.WELCOME_BACK);
            stage = Stage.EXPLORATION;
        } else if (newTopic && current != Stage.EXPLORATION && state.turns() > 0) {
            // A new problem mid-conversation: understand it before anything else.
            moves.add(u.echo().isEmpty() ? Move.REFLECT_FEELING : Move.RESTATE);
            moves.add(Move.ASK_EXPLORE);
            stage = Stage.EXPLORATION;
        } else if ((u.has(Intent.WANTING_CHANGE) || (u.has(Intent.AGREEING) && !negative
                && (!state.lastSuggestion().isEmpty() || state.stage() == Stage.ACTION)))
                && !ventOnly) {
            moves.add(u.has(Intent.WANTING_CHANGE) ? Move.AFFIRM_CHANGE : Move.VALIDATE);
            moves.add(state.lastSuggestion().isEmpty() && state.stage() != Stage.ACTION ? Move.SUGGEST : Move.ASK_STEP);
            stage = Stage.ACTION;
        } else if (negative || !u.topics().isEmpty()) {
            stage = comfortOrExplore(u, state, current, ventOnly, moves);
        } else if (u.has(Intent.GREETING) || u.has(Intent.SMALL_TALK)) {
            moves.add(u.has(Intent.SMALL_TALK) ? Move.SMALL_TALK : Move.GREET);
            moves.add(Move.ASK_HOW);
            stage = Stage.EXPLORATION;
        } else if (state.turns() == 0 || current == Stage.CLOSING) {
            // Little to go on at the start: welcome them and ask, without presuming a problem.
            moves.add(Move.ACKNOWLEDGE);
            moves.add(Move.ASK_EXPLORE);
            stage = Stage.EXPLORATION;
        } else {
            moves.add(u.echo().isEmpty() ? Move.ACKNOWLEDGE : Move.RESTATE);
            moves.add(Move.ASK_DEEPER);
            stage = current == Stage.CLOSING || current == Stage.CRISIS ? Stage.EXPLORATION : current;
        }
        if (ventOnly) {
            moves.removeIf(m -> m == Move.SUGGEST || m == Move.ASK_STEP);
            if (moves.stream().noneMatch(m -> m.strategy() == Strategy.QUESTION) && stage != Stage.CLOSING) {
                moves.add(Move.ASK_DEEPER);
            }
            if (stage == Stage.ACTION) {
                stage = Stage.COMFORTING;
            }
        }
        if (state.flow().plainUntil() > state.turns()) {
            // They complained about how Hearth talks: no saying their words back for a while.
            moves.replaceAll(m -> m == Move.RESTATE ? Move.REFLECT_FEELING : m);
        }
        return new TurnPlan(stage, moves, declined, ventOnly);
    }

    /**
     * The same plan made gentle for the hours after a crisis: no suggestions or steps to take, a soft
     * question instead, and never the action stage.
     */
    public TurnPlan gentle(TurnPlan plan) {
        List<Move> moves = new ArrayList<>(plan.moves());
        moves.removeIf(m -> m == Move.SUGGEST || m == Move.ASK_STEP);
        if (moves.stream().noneMatch(m -> m.strategy() == Strategy.QUESTION) && plan.stage() != Stage.CLOSING) {
            moves.add(Move.ASK_DEEPER);
        }
        if (moves.stream().allMatch(m -> m.strategy() == Strategy.QUESTION || m == Move.DISCLOSE)) {
            moves.add(moves.indexOf(Move.DISCLOSE) + 1, Move.VALIDATE);
        }
        Stage stage = plan.stage() == Stage.ACTION ? Stage.COMFORTING : plan.stage();
        return new TurnPlan(stage, moves, plan.declinedLastSuggestion(), plan.ventOnly());
    }

    /** Thanks with more said after it: a worry, a new topic or a question, so the conversation goes on. */
    private static boolean goesOn(Understanding u) {
        return u.feelingNames().stream().anyMatch(Feelings::isDifficult) || !u.topics().isEmpty()
                || u.cleanedText().contains("?");
    }

    /** Feelings or a problem described: explore it first, then comfort, then one small suggestion. */
    private static Stage comfortOrExplore(Understanding u, DialogueState state, Stage current, boolean ventOnly,
                                          List<Move> moves) {
        boolean knowsProblem = !u.topics().isEmpty() || !state.topics().isEmpty();
        if (current == Stage.EXPLORATION && !knowsProblem) {
            moves.add(Move.REFLECT_FEELING);
            moves.add(Move.ASK_EXPLORE);
            return Stage.EXPLORATION;
        }
        if (current == Stage.EXPLORATION || current == Stage.CLOSING || current == Stage.CRISIS) {
            // A loss is met with sympathy, not repeated back.
            boolean loss = u.topics().contains("grief");
            moves.add(u.echo().isEmpty() || loss ? Move.REFLECT_FEELING : Move.RESTATE);
            moves.add(Move.VALIDATE);
            moves.add(Move.ASK_DEEPER);
            return Stage.COMFORTING;
        }
        // Already comforting or acting: validate what is new, and offer one small step if welcome:
        // soon for pressure (stress, guilt, overload), only after longer comfort for loss and hurt.
        // For experiences many people share (grief, sleep, loneliness …) a word of information can
        // validate better than reassurance.
        moves.add(Move.REFLECT_FEELING);
        boolean informable = u.topics().stream().anyMatch(INFORMABLE::contains);
        moves.add(informable ? Move.INFORM : Move.VALIDATE);
        boolean pressure = u.feelingNames().stream().anyMatch(PRESSURE::contains);
        // Someone torn over a decision is helped to think it through, not handed a task.
        boolean deciding = u.feelingNames().contains("confused");
        boolean comfortedEnough = !deciding && (pressure || state.stageTurns() >= 2 || current == Stage.ACTION);
        if (!ventOnly && state.lastSuggestion().isEmpty() && comfortedEnough) {
            moves.add(Move.SUGGEST);
        } else {
            moves.add(Move.ASK_DEEPER);
        }
        return current == Stage.ACTION ? Stage.ACTION : Stage.COMFORTING;
    }
}
