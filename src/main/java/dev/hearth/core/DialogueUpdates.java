package dev.hearth.core;

import dev.hearth.core.person.DialogueState;
import dev.hearth.core.respond.ComposedReply;
import dev.hearth.core.respond.Stage;
import dev.hearth.core.respond.TurnPlan;
import dev.hearth.core.understand.Understanding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How a person's dialogue state moves on after a turn; pure functions, tested through the engine. */
final class DialogueUpdates {
    static final int REPETITION_WINDOW = 20;
    private static final int MAX_TOPICS = 12;
    private static final int MAX_DECLINED = 50;

    private DialogueUpdates() {
    }

    /** The state after a conversational turn: stage, topics, remembered concern, phrases, refusals. */
    static DialogueState nextState(DialogueState state, Stage stage, Understanding u, TurnPlan plan,
                                    ComposedReply composed, Instant now, Instant sessionStart, boolean disclosed) {
        List<String> topics = new ArrayList<>(u.topics());
        for (String t : state.topics()) {
            if (!topics.contains(t) && topics.size() < MAX_TOPICS) {
                topics.add(t);
            }
        }
        List<String> declined = new ArrayList<>(state.declinedSuggestions());
        if (plan.declinedLastSuggestion() && !state.lastSuggestion().isEmpty()) {
            declined.add(state.lastSuggestion());
        }
        while (declined.size() > MAX_DECLINED) {
            declined.remove(0);
        }
        boolean worthRemembering = !u.echo().isEmpty() && (!u.topics().isEmpty() || !u.feelingNames().isEmpty());
        return state.toBuilder()
                .stage(stage)
                .turns(state.turns() + 1)
                .stageTurns(stage == state.stage() ? state.stageTurns() + 1 : 1)
                .topics(topics)
                .lastConcern(worthRemembering ? u.echo() : state.lastConcern())
                .recentPhrases(recentPhrases(state, composed.phraseIds()))
                .declinedSuggestions(declined)
                .lastSuggestion(composed.suggestionId())
                .ventOnly(plan.ventOnly())
                .sessionStartedAt(sessionStart)
                .lastDisclosureAt(disclosed ? now : state.lastDisclosureAt())
                .build();
    }

    /** The days the person felt hopeless, with today added when they do now; the last two weeks' worth. */
    static List<LocalDate> hopelessDays(DialogueState state, Understanding u,
                                                          LocalDate today) {
        List<LocalDate> days = new ArrayList<>(state.hopelessDays());
        if (u.feelingNames().contains("hopeless") && !days.contains(today)) {
            days.add(0, today);
        }
        days.removeIf(d -> d.isBefore(today.minusDays(13)));
        return days;
    }

    /** The phrase ids of the last 20 turns, this one's included, as {@code turn|id}. */
    static List<String> recentPhrases(DialogueState state, List<String> usedNow) {
        int turn = state.turns() + 1;
        List<String> kept = new ArrayList<>();
        for (String entry : state.recentPhrases()) {
            int bar = entry.indexOf('|');
            if (bar > 0 && turn - Integer.parseInt(entry.substring(0, bar)) < REPETITION_WINDOW) {
                kept.add(entry);
            }
        }
        for (String id : usedNow) {
            kept.add(turn + "|" + id);
        }
        return kept;
    }
}
