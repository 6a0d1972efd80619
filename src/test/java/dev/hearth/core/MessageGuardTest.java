package dev.hearth.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.guard.GuardVerdict;
import dev.hearth.core.guard.MessageGuard;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The message guard")
class MessageGuardTest {
    final Instant t0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    @DisplayName("length, readability and script are judged before understanding")
    void verdicts() {
        MessageGuard guard = new MessageGuard(100, 50, Duration.ofMinutes(1));
        assertThat(guard.check("a", "  ", t0)).isEqualTo(GuardVerdict.EMPTY);
        assertThat(guard.check("a", "x".repeat(101), t0)).isEqualTo(GuardVerdict.TOO_LONG);
        assertThat(guard.check("a", "\u0001\u0002 %%% ---", t0)).isEqualTo(GuardVerdict.UNREADABLE);
        assertThat(guard.check("a", "😢😢", t0)).isEqualTo(GuardVerdict.OK);
        assertThat(guard.check("a", "أشعر بالحزن", t0)).isEqualTo(GuardVerdict.OTHER_LANGUAGE);
        assertThat(guard.check("a", "I feel sad", t0)).isEqualTo(GuardVerdict.OK);
    }

    @Test
    @DisplayName("a flood is slowed per person, and the window moves with the clock")
    void rate() {
        MessageGuard guard = new MessageGuard(100, 3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(guard.check("a", "hi", t0.plusSeconds(i))).isEqualTo(GuardVerdict.OK);
        }
        assertThat(guard.check("a", "hi", t0.plusSeconds(4))).isEqualTo(GuardVerdict.TOO_FAST);
        assertThat(guard.check("b", "hi", t0.plusSeconds(4))).isEqualTo(GuardVerdict.OK);
        assertThat(guard.check("a", "hi", t0.plusSeconds(70))).isEqualTo(GuardVerdict.OK);
    }
}
