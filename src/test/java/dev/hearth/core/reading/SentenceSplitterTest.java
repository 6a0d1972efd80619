package dev.hearth.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    @DisplayName("a post is cut at sentence ends and line breaks; punctuation-only pieces are dropped")
    void sentences() {
        assertThat(splitter.split("I'm tired. Work is a lot!\nanyway... how are you?  !!"))
                .containsExactly("I'm tired.", "Work is a lot!", "anyway...", "how are you?");
    }

    @Test
    @DisplayName("a run-on chat message without punctuation is cut into pieces the model can read")
    void runOn() {
        String text = "word ".repeat(100).strip();
        assertThat(splitter.split(text)).hasSize(3).allSatisfy(s -> assertThat(s.split(" ")).hasSizeLessThanOrEqualTo(40));
    }

    @Test
    @DisplayName("a very long post keeps its first sentences and its last one, within the turn's budget")
    void capped() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            sb.append("Sentence number ").append(i).append(". ");
        }
        var sentences = splitter.split(sb.toString());
        assertThat(sentences).hasSize(SentenceSplitter.MAX_SENTENCES);
        assertThat(sentences.get(sentences.size() - 1)).contains("99");
    }

    @Test
    @DisplayName("empty and null text give no sentences")
    void empty() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(null)).isEmpty();
        assertThat(splitter.split(" \n ")).isEmpty();
    }
}
