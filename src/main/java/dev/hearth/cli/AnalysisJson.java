package dev.hearth.cli;

import dev.hearth.core.Analysis;
import dev.hearth.core.respond.Strategy;
import dev.hearth.core.understand.Goal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code analysis} object of the replay contract, as plain maps and lists for Jackson. */
public final class AnalysisJson {
    private AnalysisJson() {
    }

    /** The analysis with every contract field: emotions, feelings, topics, crisis, stage, strategies, goals, and which
     * realiser phrased the reply ({@code embedded} or {@code llm}; {@code model_fault} when a model's reply
     * was not used). */
    public static Map<String, Object> of(Analysis analysis) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("emotions", emotions(analysis.emotions().scores()));
        out.put("feelings", analysis.feelings());
        out.put("topics", analysis.topics());
        out.put("intents", analysis.intents());
        if (!analysis.act().isEmpty()) {
            out.put("act", analysis.act());
        }
        out.put("crisis", analysis.crisis().wireName());
        out.put("stage", analysis.stage().wireName());
        out.put("strategies", analysis.strategies().stream().map(Strategy::label).toList());
        List<Map<String, Object>> goals = analysis.goals().stream().map(AnalysisJson::goal).toList();
        out.put("goals", goals);
        out.put("realiser", analysis.realiser());
        if (!analysis.modelFault().isEmpty()) {
            out.put("model_fault", analysis.modelFault());
        }
        return out;
    }

    /** Scores rounded to three decimals, in label order. */
    public static Map<String, Double> emotions(Map<String, Double> scores) {
        Map<String, Double> rounded = new LinkedHashMap<>();
        scores.forEach((label, score) -> rounded.put(label, Math.round(score * 1000) / 1000.0));
        return rounded;
    }

    private static Map<String, Object> goal(Goal goal) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", goal.text());
        out.put("cadence", goal.cadence());
        out.put("follow_up_at", goal.followUpAt().toString());
        return out;
    }
}
