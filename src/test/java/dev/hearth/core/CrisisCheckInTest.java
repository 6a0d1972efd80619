package dev.hearth.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.safety.CrisisCheckIns;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** After crisis care Hearth checks in once, later that day, only for people who allow it. */
@DisplayName("The check-in after a crisis")
class CrisisCheckInTest {
    TestHearth hearth;
    FakePlatform.Person person;
    final List<Reply> sent = new ArrayList<>();
    final Outbox outbox = new Outbox() {
        @Override
        public String platform() {
            return "fake";
        }

        @Override
        public void sendPrivately(UserRef to, Reply reply) {
            sent.add(reply);
        }

        @Override
        public void sendToChannel(ConversationRef channel, Reply reply) {
            throw new AssertionError("a crisis check-in never goes to a channel");
        }
    };

    @BeforeEach
    void start() {
        hearth = TestHearth.create();
        person = hearth.platform().person("c");
    }

    @AfterEach
    void stop() {
        hearth.close();
    }

    CrisisCheckIns at(Instant now) {
        return new CrisisCheckIns(hearth.store(), new Outboxes(java.util.Map.of("fake", outbox)),
                hearth.get(PhraseBook.class), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    @DisplayName("is sent once, a few hours later, and never again for the same crisis")
    void once() {
        person.says("I want to die");
        Instant crisis = hearth.platform().now();

        assertThat(at(crisis.plus(Duration.ofHours(1))).runDue()).isZero();
        assertThat(at(crisis.plus(Duration.ofHours(4))).runDue()).isEqualTo(1);
        assertThat(at(crisis.plus(Duration.ofHours(5))).runDue()).isZero();
        assertThat(sent).singleElement().satisfies(r -> assertThat(r.joinedText()).isNotBlank());
    }

    @Test
    @DisplayName("offers the safety plan with a button beside the check-in, never instead of it")
    void offersSafetyPlan() {
        person.says("I want to die");
        Instant crisis = hearth.platform().now();

        at(crisis.plus(Duration.ofHours(4))).runDue();

        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.parts()).isNotEmpty();
            assertThat(r.buttons()).extracting(dev.hearth.core.Button::id)
                    .containsExactly(dev.hearth.core.wellbeing.SafetyPlanCommands.START);
        });
        hearth.platform().advance(Duration.ofHours(4));
        Reply started = person.presses(dev.hearth.core.wellbeing.SafetyPlanCommands.START).replies().get(0);
        assertThat(started.buttons()).extracting(dev.hearth.core.Button::id)
                .contains(dev.hearth.core.wellbeing.SafetyPlanCommands.SKIP);
    }

    @Test
    @DisplayName("is not sent while the person is still talking")
    void notMidConversation() {
        person.says("I want to die");
        Instant crisis = hearth.platform().now();
        hearth.platform().advance(Duration.ofHours(3).plusMinutes(30));
        person.says("I'm still here, just talking");
        assertThat(at(crisis.plus(Duration.ofHours(4))).runDue()).isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    @DisplayName("someone who blocked Hearth gets none until they write again")
    void unreachable() {
        person.says("I want to die");
        Instant crisis = hearth.platform().now();
        hearth.store().markUnreachable(person.user(), crisis.plusSeconds(60));
        assertThat(at(crisis.plus(Duration.ofHours(4))).runDue()).isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    @DisplayName("a paused person gets none")
    void paused() {
        person.says("I want to die");
        person.says("/pause");
        assertThat(at(hearth.platform().now().plus(Duration.ofHours(4))).runDue()).isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    @DisplayName("it waits for a waking hour, and lets the moment pass after a day")
    void wakingHours() {
        hearth.platform().advance(Duration.ofHours(13)); // 22:00 UTC
        person.says("I don't want to be alive anymore");
        Instant crisis = hearth.platform().now();
        assertThat(at(crisis.plus(Duration.ofHours(4))).runDue()).isZero(); // 02:00
        assertThat(at(crisis.plus(Duration.ofHours(12))).runDue()).isEqualTo(1); // 10:00 next day
        hearth.platform().advance(Duration.ofDays(2));
        person.says("I want to kill myself");
        assertThat(at(hearth.platform().now().plus(Duration.ofHours(30))).runDue()).isZero();
    }
}
