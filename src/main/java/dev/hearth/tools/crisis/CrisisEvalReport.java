package dev.hearth.tools.crisis;

import dev.hearth.core.safety.CrisisAssessment;
import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.safety.CrisisSubject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a detector did on a labelled set: the confusion matrix of levels, the recall and false-alarm
 * rates the project's targets are written in, subject accuracy, and every disagreement.
 *
 * @param confusion  {@code confusion[expected][actual]}, indexed by {@link CrisisLevel#ordinal()}
 * @param subjectHits messages at risk whose subject the detector got right
 * @param subjectTotal messages at risk that the detector flagged at any level
 * @param mistakes   each case the detector put at a different level or subject, with what it said
 */
public record CrisisEvalReport(int[][] confusion, int subjectHits, int subjectTotal, List<Mistake> mistakes) {

    /** A case the detector judged differently. */
    public record Mistake(CrisisEvalCase expected, CrisisAssessment actual) {
    }

    public CrisisEvalReport {
        int[][] copy = new int[3][];
        for (int i = 0; i < 3; i++) {
            copy[i] = confusion[i].clone();
        }
        confusion = copy;
        mistakes = List.copyOf(mistakes);
    }

    /** Runs the detector over every case. */
    public static CrisisEvalReport evaluate(CrisisDetector detector, List<CrisisEvalCase> cases) {
        int[][] confusion = new int[3][3];
        int subjectHits = 0;
        int subjectTotal = 0;
        List<Mistake> mistakes = new ArrayList<>();
        for (CrisisEvalCase c : cases) {
            CrisisAssessment a = detector.assess(c.text());
            confusion[c.level().ordinal()][a.level().ordinal()]++;
            boolean subjectWrong = false;
            if (c.level() != CrisisLevel.NONE && a.level() != CrisisLevel.NONE) {
                subjectTotal++;
                if (a.subject() == c.subject()) {
                    subjectHits++;
                } else {
                    subjectWrong = true;
                }
            }
            if (a.level() != c.level() || subjectWrong) {
                mistakes.add(new Mistake(c, a));
            }
        }
        return new CrisisEvalReport(confusion, subjectHits, subjectTotal, mistakes);
    }

    @Override
    public int[][] confusion() {
        int[][] copy = new int[3][];
        for (int i = 0; i < 3; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    private int row(CrisisLevel expected) {
        int sum = 0;
        for (int n : confusion[expected.ordinal()]) {
            sum += n;
        }
        return sum;
    }

    private int cell(CrisisLevel expected, CrisisLevel actual) {
        return confusion[expected.ordinal()][actual.ordinal()];
    }

    /** Acute messages judged acute. */
    public double acuteRecall() {
        return ratio(cell(CrisisLevel.ACUTE, CrisisLevel.ACUTE), row(CrisisLevel.ACUTE));
    }

    /** Acute or concern messages judged at any level above none. */
    public double anyLevelRecall() {
        int atRisk = row(CrisisLevel.ACUTE) + row(CrisisLevel.CONCERN);
        int missed = cell(CrisisLevel.ACUTE, CrisisLevel.NONE) + cell(CrisisLevel.CONCERN, CrisisLevel.NONE);
        return ratio(atRisk - missed, atRisk);
    }

    /** Concern messages judged concern or acute. */
    public double concernRecall() {
        return ratio(row(CrisisLevel.CONCERN) - cell(CrisisLevel.CONCERN, CrisisLevel.NONE), row(CrisisLevel.CONCERN));
    }

    /** Hard negatives judged acute. */
    public double acuteFalseAlarmRate() {
        return ratio(cell(CrisisLevel.NONE, CrisisLevel.ACUTE), row(CrisisLevel.NONE));
    }

    /** Hard negatives judged at any level above none. */
    public double anyFalseAlarmRate() {
        return ratio(row(CrisisLevel.NONE) - cell(CrisisLevel.NONE, CrisisLevel.NONE), row(CrisisLevel.NONE));
    }

    /** Of the at-risk messages flagged, the share whose subject (self or other) was right. */
    public double subjectAccuracy() {
        return ratio(subjectHits, subjectTotal);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    /** The report as text: rates, the confusion matrix and, if asked, every mistake. */
    public String format(boolean withMistakes) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "messages: %d acute, %d concern, %d none%n",
                row(CrisisLevel.ACUTE), row(CrisisLevel.CONCERN), row(CrisisLevel.NONE)));
        sb.append(String.format(Locale.ROOT, "acute recall          %.3f   (target >= 0.98)%n", acuteRecall()));
        sb.append(String.format(Locale.ROOT, "any-level recall      %.3f   (target >= 0.99)%n", anyLevelRecall()));
        sb.append(String.format(Locale.ROOT, "concern recall        %.3f%n", concernRecall()));
        sb.append(String.format(Locale.ROOT, "acute false alarms    %.3f   (target <= 0.03, on hard negatives)%n", acuteFalseAlarmRate()));
        sb.append(String.format(Locale.ROOT, "any-level false alarms %.3f%n", anyFalseAlarmRate()));
        sb.append(String.format(Locale.ROOT, "subject accuracy      %.3f   (of %d flagged at-risk messages)%n", subjectAccuracy(), subjectTotal));
        sb.append(String.format(Locale.ROOT, "%nconfusion (rows expected, columns detected)%n%-10s%8s%8s%8s%n", "", "none", "concern", "acute"));
        for (CrisisLevel expected : CrisisLevel.values()) {
            sb.append(String.format(Locale.ROOT, "%-10s%8d%8d%8d%n", expected.wireName(),
                    cell(expected, CrisisLevel.NONE), cell(expected, CrisisLevel.CONCERN), cell(expected, CrisisLevel.ACUTE)));
        }
        if (withMistakes && !mistakes.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%n%d disagreements (expected -> detected [reason]):%n", mistakes.size()));
            for (Mistake m : mistakes) {
                sb.append(String.format(Locale.ROOT, "  %s/%s -> %s/%s [%s]  %s%n",
                        m.expected().level().wireName(), m.expected().subject().name().toLowerCase(Locale.ROOT),
                        m.actual().level().wireName(), m.actual().subject().name().toLowerCase(Locale.ROOT),
                        m.actual().reason(), m.expected().text()));
            }
        }
        return sb.toString();
    }
}
