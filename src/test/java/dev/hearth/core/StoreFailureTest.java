package dev.hearth.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When storage fails, the person still gets a calm reply, and crisis care never depends on it. */
@DisplayName("A failing store")
class StoreFailureTest {
    @Test
    @DisplayName("gives a calm reply for an ordinary message and full crisis care for a crisis")
    void calmAndCare() {
        TestHearth hearth = TestHearth.create();
        FakePlatform.Person person = hearth.platform().person("f");
        person.says("hello");
        hearth.close(); // the database is gone from here on

        TurnResult ordinary = person.says("I had a long day at work");
        assertThat(ordinary.replies()).singleElement()
                .satisfies(r -> assertThat(r.joinedText()).isNotBlank().doesNotContain("Exception"));

        TurnResult crisis = person.says("I want to kill myself tonight");
        assertThat(crisis.analysis().crisis()).isEqualTo(CrisisLevel.ACUTE);
        assertThat(crisis.replies().get(0).joinedText()).contains("?").contains("•");
    }
}
