package dev.hearth.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.Button;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.wellbeing.CalmingCommands;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Breathing and grounding")
class CalmingTest {
    WellbeingHearth hearth;
    FakePlatform.Person ana;

    @BeforeEach
    void start() {
        hearth = new WellbeingHearth();
        ana = hearth.platform().person("ana");
    }

    @AfterEach
    void stop() {
        hearth.close();
    }

    static Reply last(TurnResult result) {
        return result.replies().get(result.replies().size() - 1);
    }

    static List<String> ids(Reply reply) {
        return reply.buttons().stream().map(Button::id).toList();
    }

    int queued() {
        return hearth.count("SELECT COUNT(*) FROM outbox WHERE tag = 'breathe'");
    }

    @Test
    @DisplayName("/breathe paces breaths as timed messages in the outbox, each later than the last, with a stop button")
    void timedBreathing() {
        Reply first = last(ana.says("/breathe"));

        assertThat(ids(first)).containsExactly(CalmingCommands.STOP_BREATHING);
        assertThat(queued()).isEqualTo(2 * CalmingCommands.ROUNDS);
        List<java.time.OffsetDateTime> times = hearth.get(dev.hearth.store.Database.class).jdbi().withHandle(h ->
                h.createQuery("SELECT not_before FROM outbox WHERE tag = 'breathe' ORDER BY id")
                        .mapTo(java.time.OffsetDateTime.class).list());
        assertThat(times).isSorted().doesNotHaveDuplicates();
        assertThat(times.get(0).toInstant()).isAfter(hearth.platform().now());
    }

    @Test
    @DisplayName("/stop, or the stop button, withdraws the breaths not yet sent; a second /breathe restarts")
    void stopBreathing() {
        ana.says("/breathe");
        ana.says("/breathe");
        assertThat(queued()).isEqualTo(2 * CalmingCommands.ROUNDS);

        ana.says("/stop");
        assertThat(queued()).isZero();

        ana.says("/breathe");
        ana.presses(CalmingCommands.STOP_BREATHING);
        assertThat(queued()).isZero();
    }

    @Test
    @DisplayName("without an outbox that can send later (the terminal), the pattern comes in one reply")
    void selfPaced() {
        try (TestHearth plain = TestHearth.create()) {
            FakePlatform.Person sam = plain.platform().person("sam");

            Reply reply = last(sam.says("/breathe"));

            assertThat(reply.parts()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(reply.buttons()).isEmpty();
        }
    }

    @Test
    @DisplayName("/ground goes 5-4-3-2-1, one step per button, and can be stopped at any step")
    void grounding() {
        Reply step = last(ana.says("/ground"));
        for (int n = 4; n >= 1; n--) {
            assertThat(ids(step)).containsExactly("ground:" + n, "ground:stop");
            step = last(ana.presses("ground:" + n));
        }
        assertThat(ids(step)).containsExactly("ground:done", "ground:stop");
        assertThat(last(ana.presses("ground:done")).buttons()).isEmpty();
        assertThat(last(ana.presses("ground:stop")).buttons()).isEmpty();
    }

    @Test
    @DisplayName("someone anxious or panicking is offered both as buttons, once in a while, beside the usual reply")
    void offeredWhenAnxious() {
        ana.says("hi");
        TurnResult anxious = ana.says("I'm panicking about tomorrow and my heart is racing, I feel so anxious");

        assertThat(ids(last(anxious))).containsExactly(CalmingCommands.BREATHE, CalmingCommands.GROUND);
        assertThat(last(anxious).parts()).isNotEmpty();
        TurnResult again = ana.says("I'm still so anxious");
        assertThat(last(again).buttons()).as("not offered twice in a row").isEmpty();

        FakePlatform.Person ben = hearth.platform().person("ben");
        ben.says("hi");
        assertThat(last(ben.says("work was long but I'm okay")).buttons()).isEmpty();
        assertThat(last(ben.says("I'm not anxious at all, just tired")).buttons()).isEmpty();
    }

    @Test
    @DisplayName("crisis care at concern offers them beside the care for someone panicking; acute care does not")
    void crisisCare() {
        TurnResult concern = ana.says("I'm panicking and I can't go on like this");
        assertThat(concern.analysis().crisis()).isEqualTo(CrisisLevel.CONCERN);
        assertThat(concern.replies()).anySatisfy(r -> assertThat(ids(r)).contains(CalmingCommands.BREATHE));
        FakePlatform.Person ben = hearth.platform().person("ben");
        TurnResult acute = ben.says("I'm panicking, I have the pills and I'm going to kill myself tonight");
        assertThat(acute.analysis().crisis()).isEqualTo(CrisisLevel.ACUTE);
        assertThat(acute.replies()).allSatisfy(r -> assertThat(ids(r)).doesNotContain(CalmingCommands.BREATHE));
        assertThat(acute.replies().get(acute.replies().size() - 1).parts()).isNotEmpty();
    }
}
