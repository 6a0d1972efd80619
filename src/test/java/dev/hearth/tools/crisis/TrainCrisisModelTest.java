package dev.hearth.tools.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.safety.CrisisModel;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Training the crisis model")
class TrainCrisisModelTest {

    /** Every tenth message of the written set: small, and all three levels. */
    private static List<TrainCrisisModel.Example> sample() throws Exception {
        List<TrainCrisisModel.Example> all = TrainCrisisModel.readWritten(Path.of("train/crisis/train.jsonl"));
        List<TrainCrisisModel.Example> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 10) {
            sample.add(all.get(i));
        }
        return sample;
    }

    @Test
    @DisplayName("the written set holds at least 1,500 messages of all three levels")
    void writtenSet() throws Exception {
        List<TrainCrisisModel.Example> all = TrainCrisisModel.readWritten(Path.of("train/crisis/train.jsonl"));

        assertThat(all).hasSizeGreaterThanOrEqualTo(1500);
        assertThat(all).extracting(TrainCrisisModel.Example::level).contains(CrisisLevel.values());
    }

    @Test
    @DisplayName("the same input gives the same model bytes")
    void deterministic() throws Exception {
        // given a small sample
        List<TrainCrisisModel.Example> sample = sample();
        TrainCrisisModel.Thresholds thresholds = new TrainCrisisModel.Thresholds(0.5, 1.0);

        // when it is trained twice
        byte[] first = TrainCrisisModel.trainBytes(sample, 4.0, 1, thresholds);
        byte[] second = TrainCrisisModel.trainBytes(List.copyOf(sample), 4.0, 1, thresholds);

        // then
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    @DisplayName("the trained model reads back and ranks its own acute messages above its negatives")
    void learns() throws Exception {
        List<TrainCrisisModel.Example> sample = sample();

        CrisisModel model = CrisisModel.read(new ByteArrayInputStream(
                TrainCrisisModel.trainBytes(sample, 4.0, 1, new TrainCrisisModel.Thresholds(0, 0))));

        double acute = sample.stream().filter(x -> x.level() == CrisisLevel.ACUTE)
                .mapToDouble(x -> model.score(x.text()).acute()).average().orElseThrow();
        double none = sample.stream().filter(x -> x.level() == CrisisLevel.NONE)
                .mapToDouble(x -> model.score(x.text()).acute()).average().orElseThrow();
        assertThat(acute).isGreaterThan(none);
    }
}
