package dev.hearth.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.app.ServerCheckinModule;
import dev.hearth.core.Attachment;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.Button;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import dev.hearth.core.Visibility;
import dev.hearth.core.checkin.CheckinScheduler;
import dev.hearth.core.checkin.DaySet;
import dev.hearth.core.checkin.Outcome;
import dev.hearth.core.checkin.Recurrence;
import dev.hearth.core.checkin.ServerCheckinStore;
import dev.hearth.core.checkin.ServerSchedule;
import dev.hearth.core.checkin.SpaceDepartures;
import dev.hearth.core.checkin.TickReport;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Server and group check-ins")
class ServerCheckinTest {
    final ServerCheckinHearth hearth = new ServerCheckinHearth();
    final ServerCheckinStore store = hearth.get(ServerCheckinStore.class);
    final UserRef admin = hearth.member("admin");

    @AfterEach
    void close() {
        hearth.close();
    }

    private List<ServerSchedule> schedules() {
        return store.schedules("fake", ServerCheckinHearth.SPACE);
    }

    /** Sets up a daily 10:00 UTC check-in (START is 09:00 UTC) and lets the scheduler post it. */
    private Reply postedCheckin() {
        hearth.says(admin, "/checkin-setup 10:00 UTC daily How is everyone?", true);
        hearth.advance(Duration.ofHours(1));
        hearth.scheduler().runDue();
        assertThat(hearth.outbox.posts).hasSize(1);
        return hearth.outbox.posts.get(0).reply();
    }

    private static String button(Reply post, int score) {
        return post.buttons().get(score - 1).id();
    }

    private static boolean allPrivate(TurnResult result) {
        return result.replies().stream().allMatch(r -> r.visibility() == Visibility.PRIVATE);
    }

    @Test
    @DisplayName("a member without admin rights cannot set up, list or cancel check-ins; an admin can")
    void adminOnly() {
        UserRef member = hearth.member("m1");

        TurnResult refused = hearth.says(member, "/checkin-setup 09:00 Europe/Berlin weekdays How is everyone?", false);
        hearth.says(member, "/checkins", false);

        assertThat(schedules()).isEmpty();
        assertThat(allPrivate(refused)).isTrue();

        TurnResult accepted = hearth.says(admin, "/checkin-setup 09:00 Europe/Berlin weekdays How is everyone?", true);

        assertThat(allPrivate(accepted)).isTrue();
        assertThat(schedules()).singleElement().satisfies(s -> {
            assertThat(s.channel()).isEqualTo(ServerCheckinHearth.CHANNEL.id());
            assertThat(s.recurrence().time()).isEqualTo(LocalTime.of(9, 0));
            assertThat(s.recurrence().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(s.recurrence().days().includes(DayOfWeek.SATURDAY)).isFalse();
            assertThat(s.recurrence().days().includes(DayOfWeek.MONDAY)).isTrue();
            assertThat(s.prompt()).isEqualTo("How is everyone?");
        });

        hearth.says(member, "/cancel-checkin 1", false);
        assertThat(schedules()).hasSize(1);
    }

    @Test
    @DisplayName("admin commands in a private chat are refused: they belong in the server")
    void notInPrivate() {
        TurnResult result = hearth.platform().person("dm-admin").says("/schedule-checkin 09:00");

        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_schedules")).isZero();
        assertThat(allPrivate(result)).isTrue();
    }

    @Test
    @DisplayName("an admin creates, lists, pauses, resumes and cancels a schedule, numbered as /checkins shows")
    void lifecycle() {
        hearth.says(admin, "/schedule-checkin 08:30 Europe/London mon,wed,fri", true);
        hearth.says(admin, "/schedule_checkin 18:00", true);

        TurnResult listed = hearth.says(admin, "/checkins", true);
        assertThat(listed.replies()).singleElement().satisfies(r -> {
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(r.joinedText()).contains("08:30", "Europe/London", "18:00", "UTC");
        });
        assertThat(schedules()).extracting(s -> s.recurrence().time())
                .containsExactly(LocalTime.of(8, 30), LocalTime.of(18, 0));

        hearth.says(admin, "/pause-checkin 2", true);
        assertThat(schedules()).extracting(ServerSchedule::paused).containsExactly(false, true);

        hearth.says(admin, "/resume-checkin 2", true);
        assertThat(schedules()).extracting(ServerSchedule::paused).containsExactly(false, false);

        hearth.says(admin, "/cancel_checkin 1", true);
        assertThat(schedules()).singleElement().extracting(s -> s.recurrence().time()).isEqualTo(LocalTime.of(18, 0));

        hearth.says(admin, "/cancel-checkin 7", true);
        assertThat(schedules()).hasSize(1);
    }

    @Test
    @DisplayName("a bad time or zone creates nothing")
    void invalidSetup() {
        hearth.says(admin, "/checkin-setup 25:99", true);
        hearth.says(admin, "/checkin-setup 09:00 Mars/Olympus", true);
        hearth.says(admin, "/checkin-setup", true);

        assertThat(schedules()).isEmpty();
    }

    @Test
    @DisplayName("an occurrence is posted once to the channel with five buttons; a second scheduler does not post it again")
    void postedOnce() {
        Reply post = postedCheckin();

        assertThat(hearth.outbox.posts.get(0).channel()).isEqualTo(ServerCheckinHearth.CHANNEL);
        assertThat(post.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(post.joinedText()).isEqualTo("How is everyone?");
        assertThat(post.buttons()).hasSize(5).extracting(Button::id).allMatch(id -> id.startsWith("smood:"));

        TickReport second = hearth.scheduler().runDue();

        assertThat(hearth.outbox.posts).hasSize(1);
        assertThat(second.count(Outcome.SENT)).isZero();
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_occurrences WHERE schedule_id IS NOT NULL")).isEqualTo(1);
        assertThat(hearth.outbox.privately).isEmpty();
    }

    @Test
    @DisplayName("two schedulers racing for the same due occurrence post it once between them")
    void raceClaimsOnce() {
        hearth.says(admin, "/checkin-setup 10:00 UTC daily", true);
        hearth.advance(Duration.ofHours(1));
        ServerSchedule due = store.dueSchedules(hearth.now(), 10).get(0);

        boolean first = store.claimSchedule(due, due.recurrence().nextAfter(due.nextDue()), Outcome.SENT,
                hearth.now()).isPresent();
        TickReport second = hearth.scheduler().runDue();

        assertThat(first).isTrue();
        assertThat(hearth.outbox.posts).isEmpty();
        assertThat(second.count(Outcome.SENT)).isZero();
    }

    @Test
    @DisplayName("an occurrence missed by more than the grace period is skipped, and the next one is posted on time")
    void lateSkipped() {
        hearth.says(admin, "/checkin-setup 10:00 UTC daily", true);
        hearth.advance(Duration.ofHours(1).plus(CheckinScheduler.GRACE).plusMinutes(1));

        TickReport late = hearth.scheduler().runDue();

        assertThat(late.count(Outcome.LATE)).isEqualTo(1);
        assertThat(hearth.outbox.posts).isEmpty();
        assertThat(schedules().get(0).nextDue()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    @DisplayName("a schedule on a platform that is not running is claimed as unreachable and nothing is posted")
    void unreachable() {
        store.createSchedule(new ServerSchedule(0, "elsewhere", "g", "c",
                new Recurrence(DaySet.DAILY, LocalTime.of(10, 0),
                        ZoneId.of("UTC")), "", false, Instant.parse("2026-11-24T10:00:00Z")), admin, hearth.now());
        hearth.advance(Duration.ofHours(1));

        TickReport report = hearth.scheduler().runDue();

        assertThat(report.count(Outcome.UNREACHABLE)).isEqualTo(1);
        assertThat(hearth.outbox.posts).isEmpty();
    }

    @Test
    @DisplayName("a paused schedule posts nothing; resumed, it posts at its next time")
    void pausedPostsNothing() {
        hearth.says(admin, "/checkin-setup 10:00 UTC daily", true);
        hearth.says(admin, "/pause-checkin 1", true);
        hearth.advance(Duration.ofHours(1));
        hearth.scheduler().runDue();
        assertThat(hearth.outbox.posts).isEmpty();

        hearth.says(admin, "/resume-checkin 1", true);
        hearth.advance(Duration.ofDays(1));
        hearth.scheduler().runDue();
        assertThat(hearth.outbox.posts).hasSize(1);
        assertThat(hearth.outbox.posts.get(0).reply().joinedText()).isNotBlank();
    }

    @Test
    @DisplayName("a check-in set for 09:00 Berlin time is posted at 09:00 on the wall clock across the October change")
    void daylightSaving() {
        hearth.clock.set(Instant.parse("2026-10-23T12:00:00Z"));
        hearth.says(admin, "/checkin-setup 09:00 Europe/Berlin daily", true);

        hearth.clock.set(Instant.parse("2026-10-24T07:00:00Z"));   // Saturday, summer time: 09:00 is 07:00Z
        hearth.scheduler().runDue();
        hearth.clock.set(Instant.parse("2026-10-25T07:30:00Z"));   // Sunday, winter time: 09:00 is 08:00Z
        hearth.scheduler().runDue();
        assertThat(hearth.outbox.posts).hasSize(1);
        hearth.clock.set(Instant.parse("2026-10-25T08:00:00Z"));
        hearth.scheduler().runDue();

        assertThat(hearth.outbox.posts).hasSize(2);
        assertThat(schedules().get(0).nextDue()).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
    }

    @Test
    @DisplayName("a member who changes their answer the same day has one answer stored, the latest, and sees only private replies")
    void changeSameDay() {
        Reply post = postedCheckin();
        UserRef member = hearth.member("m1");

        TurnResult first = hearth.presses(member, button(post, 4));
        hearth.advance(Duration.ofHours(2));
        TurnResult second = hearth.presses(member, button(post, 5));

        assertThat(allPrivate(first)).isTrue();
        assertThat(allPrivate(second)).isTrue();
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_answers")).isEqualTo(1);
        assertThat(hearth.count("SELECT score FROM checkin_answers")).isEqualTo(5);
    }

    @Test
    @DisplayName("a press on the next day no longer changes the stored answer")
    void closedNextDay() {
        Reply post = postedCheckin();
        UserRef member = hearth.member("m1");
        hearth.presses(member, button(post, 3));

        hearth.advance(Duration.ofDays(1));
        hearth.presses(member, button(post, 1));

        assertThat(hearth.count("SELECT score FROM checkin_answers")).isEqualTo(3);
    }

    @Test
    @DisplayName("a low mood gets a private offer to talk and nothing public; after opting out, no offer")
    void lowMoodPrivate() {
        Reply post = postedCheckin();
        UserRef member = hearth.member("m1");

        TurnResult low = hearth.presses(member, button(post, 1));

        assertThat(low.replies()).isNotEmpty().allMatch(r -> r.visibility() == Visibility.PRIVATE);
        assertThat(low.replies()).flatExtracting(Reply::buttons).extracting(Button::id).contains("smood:quiet");
        assertThat(hearth.outbox.posts).hasSize(1);

        TurnResult quiet = hearth.presses(member, "smood:quiet");
        TurnResult again = hearth.presses(member, button(post, 2));

        assertThat(allPrivate(quiet)).isTrue();
        assertThat(again.replies()).isNotEmpty().allMatch(r -> r.visibility() == Visibility.PRIVATE);
        assertThat(again.replies()).flatExtracting(Reply::buttons).isEmpty();
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_members WHERE followups_off = TRUE")).isEqualTo(1);

        hearth.says(member, "/checkin-followups on", false);
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_members WHERE followups_off = TRUE")).isZero();
    }

    @Test
    @DisplayName("statistics: four people give no figures for the period, five give figures and a chart, never names")
    void fivePersonThreshold() throws IOException {
        Reply post = postedCheckin();
        IntStream.rangeClosed(1, 4).forEach(i -> hearth.presses(hearth.member("m" + i), button(post, 1 + i % 5)));
        hearth.advance(Duration.ofDays(1)); // statistics cover closed days only

        TurnResult four = hearth.says(admin, "/checkin-stats", true);

        assertThat(four.replies()).singleElement().satisfies(r -> {
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(r.attachments()).isEmpty();
            assertThat(r.joinedText()).doesNotContainPattern("\\b4\\b").doesNotContain("Member");
        });

        hearth.advance(Duration.ofDays(-1));
        hearth.presses(hearth.member("m5"), button(post, 3));
        hearth.advance(Duration.ofDays(1));
        TurnResult five = hearth.says(admin, "/checkin-stats", true);

        assertThat(five.replies()).singleElement().satisfies(r -> {
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(r.joinedText()).contains("5").doesNotContain("Member", "m1", "m5");
            assertThat(r.attachments()).singleElement().satisfies(a -> {
                assertThat(a.mediaType()).isEqualTo("image/png");
                assertThat(ImageIO.read(new ByteArrayInputStream(a.content()))).isNotNull();
            });
        });
    }

    @Test
    @DisplayName("statistics are for admins only")
    void statsAdminOnly() {
        Reply post = postedCheckin();
        IntStream.rangeClosed(1, 5).forEach(i -> hearth.presses(hearth.member("m" + i), button(post, 2)));

        TurnResult refused = hearth.says(hearth.member("m1"), "/checkin-stats", false);

        assertThat(refused.replies()).flatExtracting(Reply::attachments).isEmpty();
        assertThat(refused.replies()).extracting(Reply::joinedText).noneMatch(t -> t.contains("5"));
    }

    @Test
    @DisplayName("when Hearth leaves a server, that server's schedules, occurrences and answers are deleted, no one else's")
    void departureDeletes() {
        Reply post = postedCheckin();
        hearth.presses(hearth.member("m1"), button(post, 2));
        store.createSchedule(new ServerSchedule(0, "fake", "other-guild", "c", schedules().get(0).recurrence(), "",
                false, hearth.now().plus(Duration.ofDays(1))), admin, hearth.now());

        hearth.get(SpaceDepartures.class).left("fake", ServerCheckinHearth.SPACE);

        assertThat(schedules()).isEmpty();
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_occurrences WHERE schedule_id IS NOT NULL")).isZero();
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_answers")).isZero();
        assertThat(store.schedules("fake", "other-guild")).hasSize(1);
    }

    @Test
    @DisplayName("a member who leaves the server loses their answers there; other members' answers stay")
    void memberLeaves() {
        Reply post = postedCheckin();
        UserRef leaving = hearth.member("m1");
        hearth.presses(leaving, button(post, 2));
        hearth.presses(hearth.member("m2"), button(post, 4));

        hearth.get(SpaceDepartures.class).memberLeft(ServerCheckinHearth.SPACE, leaving);
        hearth.get(SpaceDepartures.class).memberLeft("another-server", hearth.member("m2"));

        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_answers")).isEqualTo(1);
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_answers a JOIN users u ON a.user_id = u.id "
                + "WHERE u.platform_id = 'm2'")).isEqualTo(1);
        assertThat(schedules()).hasSize(1);
    }

    @Test
    @DisplayName("cancelling a schedule deletes its answers too, and a press on its old post finds nothing")
    void cancelDeletesAnswers() {
        Reply post = postedCheckin();
        hearth.presses(hearth.member("m1"), button(post, 4));

        hearth.says(admin, "/cancel-checkin 1", true);
        TurnResult late = hearth.presses(hearth.member("m2"), button(post, 4));

        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_answers")).isZero();
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_occurrences")).isZero();
        assertThat(allPrivate(late)).isTrue();
    }

    @Test
    @DisplayName("a press carrying another server's check-in is not recorded")
    void pressFromAnotherServer() {
        Reply post = postedCheckin();
        UserRef member = hearth.member("m1");

        TurnResult elsewhere = hearth.get(Conversations.class).handle(new Inbound(
                member, new ConversationRef("fake", "other-channel"), "", hearth.now(), false, null,
                "", Optional.empty()).inSpace("other-guild").withAction(button(post, 2)));

        assertThat(allPrivate(elsewhere)).isTrue();
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_answers")).isZero();
    }

    @Test
    @DisplayName("occurrences older than the cutoff go with their answers; newer ones stay")
    void purgeOld() {
        Reply post = postedCheckin();
        hearth.presses(hearth.member("m1"), button(post, 3));

        int kept = store.purgeOccurrencesBefore(hearth.now().minus(Duration.ofDays(1)));
        assertThat(kept).isZero();
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_answers")).isEqualTo(1);

        hearth.advance(Duration.ofDays(33));
        ServerCheckinModule.purgeJob(store, hearth.clock).run();
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_answers")).isZero();
        assertThat(schedules()).hasSize(1);
    }

    @Test
    @DisplayName("forgetting a member removes their answers and follow-up choice")
    void forgetMember() {
        Reply post = postedCheckin();
        UserRef member = hearth.member("m1");
        hearth.presses(member, button(post, 1));
        hearth.presses(member, "smood:quiet");

        hearth.presses(member, "forget:confirm");

        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_answers")).isZero();
        assertThat(hearth.count("SELECT COUNT(*) FROM checkin_members")).isZero();
        assertThat(schedules()).hasSize(1);
    }

    @Test
    @DisplayName("the personal check-ins still run alongside: the scheduler with server check-ins reports nothing when nothing is due")
    void nothingDue() {
        CheckinScheduler scheduler = hearth.scheduler();

        assertThat(scheduler.runDue().isEmpty()).isTrue();
        assertThat(hearth.outbox.posts).isEmpty();
    }

    @Test
    @DisplayName("the chart attachment is a PNG")
    void chartIsPng() {
        Reply post = postedCheckin();
        IntStream.rangeClosed(1, 6).forEach(i -> hearth.presses(hearth.member("m" + i), button(post, 1 + i % 5)));
        hearth.advance(Duration.ofDays(1));

        List<Attachment> attachments = hearth.says(admin, "/checkin-stats", true).replies().get(0).attachments();

        assertThat(attachments).singleElement().satisfies(a ->
                assertThat(a.content()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'));
    }
}
