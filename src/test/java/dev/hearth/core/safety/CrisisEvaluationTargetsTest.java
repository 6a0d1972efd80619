package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.tools.crisis.CrisisEvalCase;
import dev.hearth.tools.crisis.CrisisEvalReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("On the labelled crisis sets the detector")
class CrisisEvaluationTargetsTest {

    private static List<CrisisEvalCase> read(String resource) throws IOException {
        try (InputStream in = CrisisEvaluationTargetsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return CrisisEvalCase.readJsonl(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/safety/crisis-eval.jsonl", "/safety/crisis-holdout.jsonl"})
    @DisplayName("meets the targets: acute recall at least 0.98, any-level recall at least 0.99, acute false alarms at most 3%")
    void meetsTargets(String resource) throws IOException {
        // given a labelled set
        List<CrisisEvalCase> cases = read(resource);

        // when the detector judges every message
        CrisisEvalReport report = CrisisEvalReport.evaluate(LayeredCrisisDetector.english(), cases);

        // then the targets hold (the mistakes are printed on failure)
        String details = report.format(true);
        assertThat(report.acuteRecall()).as(details).isGreaterThanOrEqualTo(0.98);
        assertThat(report.anyLevelRecall()).as(details).isGreaterThanOrEqualTo(0.99);
        assertThat(report.acuteFalseAlarmRate()).as(details).isLessThanOrEqualTo(0.03);
        assertThat(report.subjectAccuracy()).as(details).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/safety/crisis-eval.jsonl"})
    @DisplayName("is measured on a set as large as the issue asks: 200 at risk and 200 hard negatives")
    void setIsLargeEnough(String resource) throws IOException {
        List<CrisisEvalCase> cases = read(resource);
        assertThat(cases.stream().filter(c -> c.level() != CrisisLevel.NONE)).hasSizeGreaterThanOrEqualTo(200);
        assertThat(cases.stream().filter(c -> c.level() == CrisisLevel.NONE)).hasSizeGreaterThanOrEqualTo(200);
        assertThat(cases.stream().filter(c -> c.subject() == CrisisSubject.OTHER)).hasSizeGreaterThanOrEqualTo(20);
    }
}
