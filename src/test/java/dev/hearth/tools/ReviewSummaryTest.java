package dev.hearth.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewSummaryTest {
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode row(int turn, int score, String... defects) throws Exception {
        return json.readTree(json.writeValueAsString(java.util.Map.of("conversation", "c", "turn", turn,
                "relevance", score, "empathy", score, "naturalness", score, "progress", score,
                "defects", List.of(defects))));
    }

    @Test
    void meansDefectSharesAndEarlyAgainstLate() throws Exception {
        String summary = ReviewSummary.summarise(List.of(row(1, 4), row(2, 5), row(6, 2, "ignores-question"),
                row(7, 1, "ignores-question", "broken-echo")));
        assertThat(summary).contains("replies scored: 4", "relevance    3.00", "with a blatant defect: 2 (50%)",
                "ignores-question             2 (50%)", "broken-echo                  1 (25%)",
                "turns 1-2: 4.50 (2); from turn 6: 1.50 (2)");
    }

    @Test
    void scoresOutsideOneToFiveAreNotCounted() throws Exception {
        String summary = ReviewSummary.summarise(List.of(row(1, 4), row(1, 0)));
        assertThat(summary).contains("relevance    4.00");
    }
}
