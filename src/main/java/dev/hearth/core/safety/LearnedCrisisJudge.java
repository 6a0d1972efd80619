package dev.hearth.core.safety;

import dev.hearth.core.semantic.LinearHead;
import dev.hearth.core.semantic.SentenceVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules with a learned head on the turn's sentence embeddings beside them. The head
 * ({@code models/heads/crisis.bin.gz}) has three outputs: risk to the writer (concern or acute), acute
 * risk to the writer, and risk to someone else. Each sentence and the whole message are scored; the
 * highest counts, so one sentence deep in a long post is enough.
 *
 * <p>Combination: the rules' judgement stands and is never lowered (a precise rule's acute is final).
 * The head can only raise it: to concern when the writer-risk output passes its threshold, to acute
 * when the acute output passes its own, stricter one as well, and to concern about someone else when
 * only that output does. The head is not heard when the rules found nothing and the message carries a
 * joke's marks ("lol", "💀", "jk"), nor for a sentence that denies the wish ("i don't want to die"),
 * which embeddings read like the wish itself.
 */
public final class LearnedCrisisJudge implements CrisisJudge {
    static final String SELF_RISK = "self-risk";
    static final String SELF_ACUTE = "self-acute";
    static final String OTHER_RISK = "other-risk";
    private static final Pattern JOKING = Pattern.compile(
            "(?i)(?:\\blo+l\\b|\\blmf?ao+\\b|\\brofl\\b|\\bha(?:ha)+\\b|\\bjk\\b|\\bjust kidding\\b|💀|😂|🤣|😭😭|\\bxd\\b)");
    private static final Pattern DENIAL = Pattern.compile(
            "(?i)\\b(?:don'?t|do not|dont|never|not going to|won'?t|wont)\\s+(?:want|wanna|going|plan|intend)?\\s*(?:to\\s+)?"
                    + "(?:die|kill myself|hurt myself|end (?:it|my life)|do anything)\\b(?!.*\\bbut\\b)");

    private final CrisisDetector rules;
    private final LinearHead head;
    private final int selfRisk;
    private final int selfAcute;
    private final int otherRisk;

    public LearnedCrisisJudge(CrisisDetector rules, LinearHead head) {
        this.rules = rules;
        this.head = head;
        this.selfRisk = index(head, SELF_RISK);
        this.selfAcute = index(head, SELF_ACUTE);
        this.otherRisk = index(head, OTHER_RISK);
    }

    private static int index(LinearHead head, String label) {
        int i = head.labels().indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("crisis head has no output " + label);
        }
        return i;
    }

    @Override
    public CrisisAssessment judge(String text, List<String> sentences, List<SentenceVector> vectors) {
        CrisisAssessment ruled = rules.assess(text);
        if (vectors.isEmpty() || ruled.level() == CrisisLevel.ACUTE) {
            return ruled;
        }
        if (ruled.level() == CrisisLevel.NONE && JOKING.matcher(text).find()) {
            return ruled;
        }
        List<SentenceVector> scored = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            String sentence = i < sentences.size() ? sentences.get(i) : "";
            if (!DENIAL.matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
                scored.add(vectors.get(i));
            }
        }
        if (scored.isEmpty()) {
            return ruled;
        }
        if (scored.size() > 1) {
            scored.add(SentenceVector.mean(scored, head.dimension()));
        }
        double risk = 0;
        double acute = 0;
        double other = 0;
        for (SentenceVector v : scored) {
            double[] s = head.scores(v);
            risk = Math.max(risk, s[selfRisk]);
            acute = Math.max(acute, Math.min(s[selfRisk], s[selfAcute]));
            other = Math.max(other, s[otherRisk]);
        }
        CrisisAssessment learned = CrisisAssessment.none();
        if (acute >= head.threshold(SELF_ACUTE) && risk >= head.threshold(SELF_RISK)) {
            learned = new CrisisAssessment(CrisisLevel.ACUTE, CrisisSubject.SELF, "learned");
        } else if (risk >= head.threshold(SELF_RISK)) {
            learned = new CrisisAssessment(CrisisLevel.CONCERN, CrisisSubject.SELF, "learned");
        } else if (other >= head.threshold(OTHER_RISK)) {
            learned = new CrisisAssessment(CrisisLevel.CONCERN, CrisisSubject.OTHER, "learned");
        }
        return learned.level().compareTo(ruled.level()) > 0 ? learned : ruled;
    }
}
