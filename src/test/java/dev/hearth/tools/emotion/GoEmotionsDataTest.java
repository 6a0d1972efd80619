package dev.hearth.tools.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GoEmotionsDataTest {

    private static List<GoEmotionsData.Example> read(String tsv) {
        return GoEmotionsData.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    @DisplayName("a line gives the text, its sorted label ids and the comment id")
    void parsesLines() {
        List<GoEmotionsData.Example> examples = read("Thanks [NAME]!\t15,0\teabc123\n\nOk then\t27\tedef456\n");

        assertThat(examples).hasSize(2);
        assertThat(examples.get(0).text()).isEqualTo("Thanks [NAME]!");
        assertThat(examples.get(0).labels()).containsExactly(0, 15);
        assertThat(examples.get(0).has(15)).isTrue();
        assertThat(examples.get(0).has(27)).isFalse();
        assertThat(examples.get(1).id()).isEqualTo("edef456");
    }

    @Test
    @DisplayName("a label id out of range or a line without labels is refused with its line number")
    void refusesBadLines() {
        assertThatThrownBy(() -> read("fine\t28\tx\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> read("ok\t1\tx\nno labels here\n")).hasMessageContaining("line 2");
    }
}
