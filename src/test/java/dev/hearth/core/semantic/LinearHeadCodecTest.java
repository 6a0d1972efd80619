package dev.hearth.core.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LinearHeadCodecTest {
    private static LinearHead twoLabels() {
        // dimension 2, one extra feature: weights per label are [w0, w1, extra, bias]
        float[] weights = {2f, 0f, 0f, -1f, /* b */ 0f, 2f, 1f, -1f};
        return new LinearHead("test", List.of("a", "b"), List.of("flag"), 2, weights, new float[] {0.5f, 0.4f});
    }

    @Test
    @DisplayName("a head written and read back scores the same and keeps its names and thresholds")
    void roundTrip() throws IOException {
        LinearHead head = twoLabels();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinearHeadCodec.write(head, out);
        LinearHead read = LinearHeadCodec.read(new ByteArrayInputStream(out.toByteArray()));
        SentenceVector v = SentenceVector.of(new float[] {1f, 0f});
        assertThat(read.scores(v, 1.0)).containsExactly(head.scores(v, 1.0));
        assertThat(read.labels()).containsExactly("a", "b");
        assertThat(read.features()).containsExactly("flag");
        assertThat(read.threshold("b")).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    @DisplayName("scores follow the weights: the label whose direction the vector points in wins")
    void scoring() {
        LinearHead head = twoLabels();
        assertThat(LinearHead.best(head.scores(SentenceVector.of(new float[] {1f, 0f}), 0.0))).isZero();
        assertThat(LinearHead.best(head.scores(SentenceVector.of(new float[] {0f, 1f}), 0.0))).isEqualTo(1);
        // the extra feature pushes b up
        assertThat(head.scores(SentenceVector.of(new float[] {0f, 0f}), 1.0)[1])
                .isGreaterThan(head.scores(SentenceVector.of(new float[] {0f, 0f}), 0.0)[1]);
    }

    @Test
    @DisplayName("a file that is not a head, or a vector of the wrong size, is refused with a reason")
    void refusals() {
        assertThatThrownBy(() -> LinearHeadCodec.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> twoLabels().scores(SentenceVector.zero(3), 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads 2");
    }

    @Test
    @DisplayName("the mean of sentence vectors is unit length, and zero when there are none")
    void mean() {
        SentenceVector m = SentenceVector.mean(List.of(SentenceVector.of(new float[] {1f, 0f}),
                SentenceVector.of(new float[] {0f, 1f})), 2);
        assertThat(m.similarity(m)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(SentenceVector.mean(List.of(), 2).isZero()).isTrue();
    }
}
