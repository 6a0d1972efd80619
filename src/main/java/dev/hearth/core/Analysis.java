package dev.hearth.core;

import dev.hearth.core.respond.Stage;
import dev.hearth.core.respond.Strategy;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.understand.EmotionScores;
import dev.hearth.core.understand.Goal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What Hearth understood and decided in one turn, as written to {@code analysis} by {@code replay}:
 * emotion scores, the person's support words (feelings), topics, intents, crisis level, the ESConv stage
 * and strategies of the reply, and the goals stored this turn; also which realiser phrased the reply
 * ({@code embedded} or {@code llm}) and, when a model was asked but its reply not used, why; and the
 * dialogue act the message was read as ({@code venting}, {@code question-to-hearth}…; empty for
 * commands and buttons).
 */
public record Analysis(
        EmotionScores emotions,
        List<String> feelings,
        List<String> topics,
        List<String> intents,
        CrisisLevel crisis,
        Stage stage,
        List<Strategy> strategies,
        List<Goal> goals,
        String realiser,
        String modelFault,
        String act) {

    /** An analysis of a reply phrased by the embedded engine. */
    public Analysis(EmotionScores emotions, List<String> feelings, List<String> topics, List<String> intents,
                    CrisisLevel crisis, Stage stage, List<Strategy> strategies, List<Goal> goals) {
        this(emotions, feelings, topics, intents, crisis, stage, strategies, goals, "embedded", "", "");
    }

    public Analysis {
        Objects.requireNonNull(emotions, "emotions");
        feelings = List.copyOf(feelings);
        topics = List.copyOf(topics);
        intents = List.copyOf(intents);
        Objects.requireNonNull(crisis, "crisis");
        Objects.requireNonNull(stage, "stage");
        strategies = List.copyOf(strategies);
        goals = List.copyOf(goals);
        realiser = realiser == null || realiser.isBlank() ? "embedded" : realiser;
        modelFault = modelFault == null ? "" : modelFault;
        act = act == null ? "" : act;
    }

    /** This analysis, recording which realiser phrased the reply and why a model's reply was not used. */
    public Analysis realisedBy(String realiser, String modelFault) {
        return new Analysis(emotions, feelings, topics, intents, crisis, stage, strategies, goals, realiser,
                modelFault, act);
    }

    /** This analysis, recording the dialogue act the message was read as. */
    public Analysis withAct(String act) {
        return new Analysis(emotions, feelings, topics, intents, crisis, stage, strategies, goals, realiser,
                modelFault, act);
    }

    /** An analysis for a turn that was not a conversational message (a command, a button, a limit). */
    public static Analysis empty(Stage stage) {
        return new Analysis(new EmotionScores(Map.of()), List.of(), List.of(), List.of(),
                CrisisLevel.NONE, stage, List.of(), List.of());
    }
}
