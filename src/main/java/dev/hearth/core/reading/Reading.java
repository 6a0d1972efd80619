package dev.hearth.core.reading;

import dev.hearth.core.safety.CrisisAssessment;
import dev.hearth.core.semantic.SentenceVector;
import dev.hearth.core.understand.Understanding;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One message, read once: its sentences and their embeddings, the whole message's vector, what the
 * understand stage found (feelings, topics, plans, emotions), the dialogue act against Hearth's last
 * reply, the crisis level, and a country the person named. Safety, planning and composing all read
 * this; none of them reads the text again. Immutable.
 *
 * @param text        the message as written
 * @param sentences   its sentences with their vectors (empty for a command or a button)
 * @param whole       the mean of the sentence vectors, or zero
 * @param said        what the understand stage found
 * @param act         what the message does in the conversation
 * @param actScores   the act head's score for each act, for analysis and evaluation
 * @param crisis      the safety layer's assessment of this message on its own
 * @param country     a country the person says they are in
 * @param brushOff    a short "I'm fine, forget it" (read kindly after crisis care)
 * @param questionKind for a question to Hearth, its kind ({@link QuestionKinds}), else empty
 * @param namedPhrasing for a complaint, the wording of Hearth's they asked it to stop ("it sounds like"), else empty
 */
public record Reading(String text, List<ReadSentence> sentences, SentenceVector whole, Understanding said,
                      DialogueAct act, Map<DialogueAct, Double> actScores, CrisisAssessment crisis,
                      Optional<String> country, boolean brushOff, String questionKind,
                      String namedPhrasing) {
    public Reading {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(act, "act");
        actScores = Map.copyOf(actScores);
        Objects.requireNonNull(crisis, "crisis");
        country = country == null ? Optional.empty() : country;
        questionKind = questionKind == null ? "" : questionKind;
        namedPhrasing = namedPhrasing == null ? "" : namedPhrasing;
    }

    /** The same reading with another crisis assessment (an answer re-read against the last question). */
    public Reading withCrisis(CrisisAssessment assessment) {
        return new Reading(text, sentences, whole, said, act, actScores, assessment, country, brushOff, questionKind,
                namedPhrasing);
    }

    /** True when the act is this one. */
    public boolean is(DialogueAct a) {
        return act == a;
    }
}
