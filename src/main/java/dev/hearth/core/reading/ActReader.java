package dev.hearth.core.reading;

import dev.hearth.core.semantic.LinearHead;
import dev.hearth.core.semantic.SentenceVector;
import dev.hearth.core.understand.Understanding;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the dialogue act of a message from its vector and Hearth's last reply, with the learned act
 * head ({@code models/heads/acts.bin.gz}, trained by {@code scripts/train-heads}). A few precise
 * rules stay rules: an empty message is OTHER, and a message of more than five words is never a
 * short answer.
 */
public final class ActReader {
    private final LinearHead head;
    private final DialogueAct[] labels;

    private static final java.util.regex.Pattern ADDRESSES_HEARTH = java.util.regex.Pattern.compile(
            "(?i)\\b(?:you|u|ur|your|you'?re|yours|hearth|this bot|the bot|this app|this thing|this conversation|bot)\\b");

    private final ActRules rules;

    public ActReader(LinearHead head, ActRules rules) {
        this.rules = rules;
        if (!head.features().equals(ActFeatures.NAMES)) {
            throw new IllegalArgumentException("the act head was trained with other context features: " + head.features());
        }
        this.head = head;
        List<String> names = head.labels();
        this.labels = new DialogueAct[names.size()];
        for (int i = 0; i < names.size(); i++) {
            labels[i] = DialogueAct.fromWireName(names.get(i));
        }
    }

    /**
     * The act scores of a message. The head reads the whole message and, for a longer one, its first
     * and last sentences too (where thanks, a goodbye or a question usually sit); each act keeps its
     * highest score. A precise rule that matches sets its act to 1.
     */
    public Map<DialogueAct, Double> scores(List<ReadSentence> sentences, SentenceVector whole, LastReply last,
                                           Understanding said, int words, boolean questionMark) {
        Map<DialogueAct, Double> scores = new EnumMap<>(DialogueAct.class);
        if (whole.isZero()) {
            scores.put(DialogueAct.OTHER, 1.0);
            return scores;
        }
        double[] features = ActFeatures.of(last, said, words, questionMark);
        add(scores, head.scores(whole, features));
        if (sentences.size() > 1) {
            add(scores, head.scores(sentences.get(0).vector(), features));
            add(scores, head.scores(sentences.get(sentences.size() - 1).vector(), features));
        }
        if (!ADDRESSES_HEARTH.matcher(said.cleanedText()).find()) {
            // A complaint is about Hearth: "my friend is ignoring me" is not one, however it scores.
            scores.remove(DialogueAct.COMPLAINT);
        }
        rules.settle(said.cleanedText(), last).ifPresent(act -> scores.put(act, 1.0));
        if (words > 5) {
            scores.remove(DialogueAct.SHORT_ANSWER);
        }
        return scores;
    }

    private void add(Map<DialogueAct, Double> scores, double[] s) {
        for (int i = 0; i < s.length; i++) {
            scores.merge(labels[i], s[i], Math::max);
        }
    }

    /** The most likely act. */
    public static DialogueAct best(Map<DialogueAct, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(DialogueAct.OTHER);
    }
}
