package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The crisis text normaliser")
class TextNormalizerTest {
    private static TextNormalizer normalizer;

    @BeforeAll
    static void load() {
        normalizer = CrisisRuleBook.load(TextNormalizerTest.class.getClassLoader(), "en").normalizer();
    }

    private static String one(String raw) {
        List<Sentence> sentences = normalizer.normalize(raw);
        assertThat(sentences).hasSize(1);
        return sentences.get(0).text();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "k i l l  m y s e l f | kill myself",
            "K-I-L-L myself | kill myself",
            "i want to d i e | i want to die",
            "k1ll | kill",
            "$uicide | suicide",
            "k*ll | kill",
            "diieee | die",
            "kiiiill | kill",
            "suicde | suicide",
            "mysefl | myself",
            "kms | kill myself",
            "Im gonna | i am going to",
            "don't | do not",
            "couldn't | could not",
            "she's | she is",
            "self-harm | self harm",
            "sewer slide | suicide",
            "ＫＩＬＬ | kill",
            "I’m | i am",
    })
    @DisplayName("undoes spelling tricks, slang and contractions")
    void normalises(String raw, String expected) {
        assertThat(one(raw)).isEqualTo(expected);
    }

    @Test
    @DisplayName("leaves ordinary words and numbers alone")
    void leavesOrdinaryText() {
        assertThat(one("I slept at 3am and the homeless shelter opened at 9")).isEqualTo("i slept at 3am and the homeless shelter opened at 9");
        assertThat(one("u r a b c")).isEqualTo("you are a b c");
    }

    @Test
    @DisplayName("splits sentences on end punctuation and line breaks, never inside quotes")
    void splitsSentences() {
        List<Sentence> sentences = normalizer.normalize("First one. Second one!\nThird \"with. a quote\" inside");
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("first one", "second one", "third \" with . a quote \" inside");
    }

    @Test
    @DisplayName("marks which tokens stand inside a quotation")
    void marksQuotes() {
        Sentence s = normalizer.normalize("she said \"i am sad\" today").get(0);
        assertThat(s.quoteOpen(0)).isEqualTo(-1);
        assertThat(s.quoteOpen(4)).isEqualTo(2);
        assertThat(s.quoteOpen(7)).isEqualTo(-1);
    }

    @Test
    @DisplayName("recognises one-letter typos: missing, extra, wrong or swapped letters")
    void oneEdit() {
        assertThat(TextNormalizer.withinOneEdit("suicde", "suicide")).isTrue();
        assertThat(TextNormalizer.withinOneEdit("suiciide", "suicide")).isTrue();
        assertThat(TextNormalizer.withinOneEdit("suicida", "suicide")).isTrue();
        assertThat(TextNormalizer.withinOneEdit("suicdie", "suicide")).isTrue();
        assertThat(TextNormalizer.withinOneEdit("sucidie", "suicide")).isFalse();
        assertThat(TextNormalizer.withinOneEdit("homeless", "hopeless")).isTrue();
    }
}
