package dev.hearth.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Outbox;
import dev.hearth.core.Outboxes;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.wellbeing.SummaryStore;
import dev.hearth.core.wellbeing.WeeklySummaries;
import dev.hearth.core.wellbeing.WeeklySummary;
import dev.hearth.testing.FakePlatform;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The weekly summary")
class WeeklySummaryTest {
    WellbeingHearth hearth;
    FakePlatform.Person ana;
    final List<Reply> sent = new ArrayList<>();

    @BeforeEach
    void start() {
        hearth = new WellbeingHearth();
        ana = hearth.platform().person("ana");
        ana.says("hi, I'm Ana");
    }

    @AfterEach
    void stop() {
        hearth.close();
    }

    Outbox recording() {
        return new Outbox() {
            @Override
            public String platform() {
                return "fake";
            }

            @Override
            public void sendPrivately(UserRef person, Reply reply) {
                assertThat(person).isEqualTo(ana.user());
                sent.add(reply);
            }

            @Override
            public void sendToChannel(ConversationRef channel, Reply reply) {
                throw new AssertionError("a summary never goes to a channel");
            }
        };
    }

    int runAt(Instant now) {
        return new WeeklySummaries(hearth.get(SummaryStore.class), hearth.get(WeeklySummary.class),
                new Outboxes(Map.of("fake", recording())), hearth.get(PhraseBook.class),
                Clock.fixed(now, ZoneOffset.UTC)).runDue();
    }

    static Reply last(TurnResult result) {
        return result.replies().get(result.replies().size() - 1);
    }

    @Test
    @DisplayName("is off until /summary on; then it comes once on Sunday evening, with moods, chart and alt text")
    void optInWeekly() {
        ana.presses("mood:2");
        hearth.platform().advance(Duration.ofDays(1));
        ana.presses("mood:4");
        assertThat(runAt(hearth.platform().now().plus(Duration.ofDays(7)))).isZero();

        ana.says("/summary on");
        Instant due = hearth.get(SummaryStore.class).summaryDue(ana.user()).orElseThrow();
        assertThat(due.atZone(ZoneId.of("UTC")).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(due).isAfter(hearth.platform().now());

        assertThat(runAt(due.minusSeconds(60))).isZero();
        assertThat(runAt(due)).isOne();
        assertThat(runAt(due.plusSeconds(60))).as("claimed once").isZero();
        assertThat(sent).singleElement().satisfies(reply -> {
            assertThat(reply.joinedText()).contains("3.0");
            assertThat(reply.attachments()).singleElement().satisfies(a -> assertThat(a.altText()).isNotBlank());
        });
        assertThat(hearth.get(SummaryStore.class).summaryDue(ana.user()).orElseThrow())
                .isEqualTo(due.plus(Duration.ofDays(7)));
    }

    @Test
    @DisplayName("/summary off stops it; /summary now shows this week's at once, saying 'once' for one check-in")
    void offAndNow() {
        ana.says("/summary on");
        ana.says("/summary off");
        assertThat(hearth.get(SummaryStore.class).summaryDue(ana.user())).isEmpty();
        assertThat(runAt(hearth.platform().now().plus(Duration.ofDays(8)))).isZero();

        ana.presses("mood:3");
        Reply now = last(ana.says("/summary now"));
        assertThat(now.joinedText()).doesNotContain("1 check-ins").doesNotContain("1 times");
        assertThat(now.attachments()).hasSize(1);
        assertThat(last(ana.says("/summary sometimes")).attachments()).isEmpty();
    }

    @Test
    @DisplayName("is included in /export and deleted by /forget")
    void dataRights() {
        ana.says("/summary on");

        String json = new String(last(ana.says("/export")).attachments().get(0).content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("summary_settings");
        ana.says("/forget");
        ana.presses("forget:confirm");
        assertThat(hearth.count("SELECT COUNT(*) FROM summary_settings")).isZero();
    }
}
