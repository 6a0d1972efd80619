package dev.hearth.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.Attachment;
import dev.hearth.core.Button;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.CheckinStore;
import dev.hearth.core.checkin.DaySet;
import dev.hearth.core.checkin.MoodEntry;
import dev.hearth.core.checkin.ReminderSettings;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandSpec;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.person.StoredGoal;
import dev.hearth.store.Database;
import dev.hearth.testing.FakePlatform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Check-in commands and buttons")
class CheckinCommandsTest {
    CheckinHearth hearth;
    FakePlatform platform;
    FakePlatform.Person sam;
    CheckinStore checkins;

    @BeforeEach
    void start() {
        hearth = new CheckinHearth();
        platform = hearth.platform();
        sam = platform.person("sam");
        checkins = hearth.get(CheckinStore.class);
    }

    @AfterEach
    void stop() {
        hearth.close();
    }

    static Reply only(TurnResult result) {
        assertThat(result.replies()).hasSize(1);
        return result.replies().get(0);
    }

    List<MoodEntry> moods(UserRef user) {
        return checkins.moods(user, Instant.EPOCH);
    }

    int rows(String table) {
        return hearth.get(Database.class).jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    @DisplayName("the check-in commands replace the core's 'coming soon' ones in every menu")
    void specsReplaceComingSoon() {
        List<CommandSpec> all = hearth.get(CommandCatalog.class).all();

        assertThat(all).extracting(CommandSpec::name).containsOnlyOnce("checkin", "mood", "reminders");
        assertThat(hearth.get(CommandCatalog.class).find("reminders").orElseThrow().options()).hasSize(1);
    }

    @Test
    @DisplayName("/checkin asks how the person feels, with five mood buttons")
    void checkinNow() {
        Reply reply = only(sam.says("/checkin"));

        assertThat(reply.buttons()).extracting(Button::id)
                .containsExactly("mood:1", "mood:2", "mood:3", "mood:4", "mood:5");
        assertThat(reply.parts()).hasSize(1);
    }

    @Test
    @DisplayName("pressing a mood button stores the mood as a check-in")
    void moodPressStored() {
        sam.presses("mood:4");

        assertThat(moods(sam.user())).singleElement().satisfies(m -> {
            assertThat(m.score()).isEqualTo(4);
            assertThat(m.source().wireName()).isEqualTo("checkin");
            assertThat(m.recordedAt()).isEqualTo(platform.now());
        });
    }

    @Test
    @DisplayName("a newcomer whose first act is a mood press is told Hearth is an automated companion")
    void newcomerHearsDisclosure() {
        Reply first = only(sam.presses("mood:3"));
        Reply second = only(sam.presses("mood:3"));

        assertThat(first.parts()).hasSize(second.parts().size() + 1);
    }

    @Test
    @DisplayName("a second press within minutes changes the answer; hours later the same day is a new check-in")
    void changeAndSeveralADay() {
        sam.presses("mood:2");
        platform.advance(Duration.ofMinutes(3));
        sam.presses("mood:4");

        assertThat(moods(sam.user())).extracting(MoodEntry::score).containsExactly(4);

        platform.advance(Duration.ofHours(5));
        sam.presses("mood:3");
        platform.advance(Duration.ofHours(4));
        sam.presses("mood:2");
        assertThat(moods(sam.user())).extracting(MoodEntry::score).containsExactly(4, 3, 2);
        assertThat(moods(sam.user())).extracting(MoodEntry::recordedAt).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("the mood buttons carry a word as well as a face")
    void buttonsHaveWords() {
        Reply reply = only(sam.says("/checkin"));

        assertThat(reply.buttons()).allSatisfy(b -> assertThat(b.label()).matches(".*\\p{L}{3,}.*"));
        assertThat(reply.buttons()).extracting(Button::label).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("after a check-in the next message is kept as its note, shown in /mood and in the export")
    void noteAfterCheckin() throws IOException {
        Reply asked = only(sam.presses("mood:4"));
        assertThat(asked.buttons()).extracting(Button::id).contains("mood-note", "mood-note:skip");

        sam.says("lunch with Priya by the canal");

        assertThat(moods(sam.user())).singleElement().extracting(MoodEntry::note)
                .isEqualTo("lunch with Priya by the canal");
        sam.says("and now I'm just talking");
        assertThat(moods(sam.user())).singleElement().extracting(MoodEntry::note)
                .as("only the message right after the check-in is a note")
                .isEqualTo("lunch with Priya by the canal");
        assertThat(only(sam.says("/mood")).joinedText()).contains("lunch with Priya by the canal");
        Reply export = only(sam.says("/export"));
        assertThat(new String(export.attachments().get(0).content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("lunch with Priya by the canal");
    }

    @Test
    @DisplayName("the mood-note action carries a note in its text (Discord's form); skip stores none")
    void noteAction() {
        sam.presses("mood:3");
        sam.presses("mood-note:skip");
        sam.says("a message after skipping");
        assertThat(moods(sam.user())).singleElement().extracting(MoodEntry::note).isEqualTo("");

        platform.advance(Duration.ofHours(3));
        sam.presses("mood:2");
        platform.advance(Duration.ofMinutes(1));
        hearth.get(dev.hearth.core.Conversations.class).handle(dev.hearth.core.Inbound.privateMessage(sam.user(),
                new dev.hearth.core.ConversationRef("fake", "dm-sam"), "slept badly", platform.now())
                .withAction("mood-note"));

        assertThat(moods(sam.user())).extracting(MoodEntry::note).containsExactly("", "slept badly");
    }

    @Test
    @DisplayName("pressing Add a note with no text asks for it; the next message is the note")
    void noteButtonAsks() {
        sam.presses("mood:5");
        sam.presses("mood-note:skip");
        Reply ask = only(sam.presses("mood-note"));

        assertThat(ask.parts()).hasSize(1);
        sam.says("finished the painting");
        assertThat(moods(sam.user())).singleElement().extracting(MoodEntry::note).isEqualTo("finished the painting");
    }

    @Test
    @DisplayName("a note that is itself a crisis gets crisis care first and is not stored as a note")
    void crisisNote() {
        sam.presses("mood:1");

        TurnResult result = sam.says("I want to kill myself");

        assertThat(result.analysis().crisis()).isNotEqualTo(dev.hearth.core.safety.CrisisLevel.NONE);
        assertThat(moods(sam.user())).singleElement().extracting(MoodEntry::note).isEqualTo("");
        sam.says("it's been a long week");
        assertThat(moods(sam.user())).singleElement().extracting(MoodEntry::note)
                .as("the question was set aside by crisis care").isEqualTo("");
    }

    @Test
    @DisplayName("/reminders with a city instead of a zone names the zone it probably means")
    void cityHint() {
        Reply reply = only(sam.says("/reminders 20:00 Berlin"));

        assertThat(reply.joinedText()).contains("Europe/Berlin").contains("20:00");
        assertThat(checkins.reminder(sam.user())).isEmpty();
    }

    @Test
    @DisplayName("the reminder's days read as part of the sentence, never capitalised mid-sentence")
    void daysInSentence() {
        for (int i = 0; i < 6; i++) {
            Reply reply = only(sam.says("/reminders 20:00 Europe/Berlin"));
            assertThat(reply.joinedText()).doesNotContainPattern("[a-z,] Every day").contains("every day");
        }
    }

    @Test
    @DisplayName("a low mood is met with a question, a good one without one")
    void lowMoodOpensConversation() {
        sam.presses("mood:5");
        Reply good = only(sam.presses("mood:5"));
        platform.advance(Duration.ofDays(1));
        Reply low = only(sam.presses("mood:1"));

        assertThat(low.joinedText()).contains("?");
        assertThat(good.joinedText()).doesNotContain("/crisis");
    }

    @Test
    @DisplayName("three lowest moods in a row are detected and met with gentle care")
    void lowStreak() {
        sam.presses("mood:1");
        platform.advance(Duration.ofDays(1));
        sam.presses("mood:1");
        assertThat(checkins.lowStreak(sam.user())).isFalse();
        platform.advance(Duration.ofDays(1));

        Reply third = only(sam.presses("mood:1"));

        assertThat(checkins.lowStreak(sam.user())).isTrue();
        assertThat(third.joinedText()).contains("/crisis");
        platform.advance(Duration.ofDays(1));
        sam.presses("mood:3");
        assertThat(checkins.lowStreak(sam.user())).isFalse();
    }

    @Test
    @DisplayName("a forged mood button stores nothing")
    void badMoodButton() {
        Reply reply = only(sam.presses("mood:9"));

        assertThat(reply.parts()).hasSize(1);
        assertThat(rows("moods")).isZero();
    }

    @Test
    @DisplayName("/reminders with a time and zone turns weekday check-ins on and remembers the zone")
    void remindersSet() {
        sam.says("/reminders weekdays 08:30 Europe/Berlin");

        ReminderSettings settings = checkins.reminder(sam.user()).orElseThrow();
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.recurrence().days()).isEqualTo(DaySet.WEEKDAYS);
        assertThat(settings.recurrence().time()).isEqualTo(LocalTime.of(8, 30));
        assertThat(hearth.get(PersonStore.class).load(sam.user(), ZoneId.of("UTC"), platform.now()).person().zone())
                .isEqualTo(ZoneId.of("Europe/Berlin"));

        sam.says("/reminders 20:00");

        ReminderSettings changed = checkins.reminder(sam.user()).orElseThrow();
        assertThat(changed.recurrence().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(changed.recurrence().days()).isEqualTo(DaySet.DAILY);
        assertThat(changed.recurrence().time()).isEqualTo(LocalTime.of(20, 0));
    }

    @Test
    @DisplayName("/reminders with a time but no known zone asks for the zone and stores nothing")
    void asksForZone() {
        Reply reply = only(sam.says("/reminders 20:00"));

        assertThat(reply.joinedText()).contains("/reminders 20:00");
        assertThat(checkins.reminder(sam.user())).isEmpty();
    }

    @Test
    @DisplayName("/reminders off turns them off and keeps the zone")
    void remindersOff() {
        sam.says("/reminders 21:00 Asia/Tokyo");
        sam.says("/reminders off");

        ReminderSettings settings = checkins.reminder(sam.user()).orElseThrow();
        assertThat(settings.enabled()).isFalse();
        assertThat(checkins.dueReminders(platform.now().plus(Duration.ofDays(3)), 10)).isEmpty();
        sam.says("/reminders 07:00");
        assertThat(checkins.reminder(sam.user()).orElseThrow().recurrence().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @ParameterizedTest(name = "/reminders {0}")
    @ValueSource(strings = {"25:00", "20:00 Mars/Olympus", "whenever", "weekdays", "8 o'clock"})
    @DisplayName("what /reminders cannot read gets one calm sentence and changes nothing")
    void remindersErrors(String args) {
        Reply reply = only(sam.says("/reminders " + args));

        assertThat(reply.parts()).hasSize(1);
        String text = reply.parts().get(0);
        assertThat(text).doesNotContain("Exception").doesNotContain("!");
        assertThat(text.split("(?<=[.?])\\s+(?=[A-Z])")).hasSize(1);
        assertThat(checkins.reminder(sam.user())).isEmpty();
    }

    @Test
    @DisplayName("answering a goal follow-up updates the goal's status")
    void goalAnswered() {
        sam.says("I'll take a short walk tomorrow.");
        List<StoredGoal> goals = hearth.get(PersonStore.class).goals(sam.user());
        assertThat(goals).hasSize(1);

        Reply reply = only(sam.presses("goal:" + goals.get(0).id() + ":partly"));

        assertThat(reply.parts()).isNotEmpty();
        assertThat(hearth.get(PersonStore.class).goals(sam.user())).extracting(StoredGoal::status)
                .containsExactly("partly");
    }

    @Test
    @DisplayName("nobody can answer someone else's goal")
    void othersGoal() {
        sam.says("I'll take a short walk tomorrow.");
        long goalId = hearth.get(PersonStore.class).goals(sam.user()).get(0).id();

        platform.person("alex").presses("goal:" + goalId + ":done");

        assertThat(hearth.get(PersonStore.class).goals(sam.user())).extracting(StoredGoal::status)
                .containsExactly("active");
    }

    @Test
    @DisplayName("/mood with no moods says so; with moods it sends a PNG chart and a two-line summary")
    void moodChart() throws IOException {
        assertThat(only(sam.says("/mood")).attachments()).isEmpty();
        for (int score : new int[] {2, 3, 5, 1, 4}) {
            sam.presses("mood:" + score);
            platform.advance(Duration.ofDays(1));
        }

        Reply reply = only(sam.says("/mood"));

        assertThat(reply.parts().get(0).lines()).hasSize(2);
        Attachment png = reply.attachments().get(0);
        assertThat(png.altText()).isNotBlank().contains("5");
        assertThat(png.mediaType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.content()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(image.getHeight());
    }

    @Test
    @DisplayName("/mood after a single check-in says 'once', never '1 check-ins', and its chart has alt text")
    void oneCheckin() throws IOException {
        sam.presses("mood:4");

        Reply reply = only(sam.says("/mood"));

        assertThat(reply.joinedText()).doesNotContain("1 check-ins");
        assertThat(reply.attachments()).singleElement().satisfies(a -> assertThat(a.altText()).isNotBlank());
        assertThat(ImageIO.read(new ByteArrayInputStream(reply.attachments().get(0).content()))).isNotNull();
    }

    @Test
    @DisplayName("/forget deletes moods and reminder settings too")
    void forgetCoversCheckins() {
        sam.says("/reminders 20:00 Europe/London");
        sam.presses("mood:2");
        assertThat(rows("moods")).isOne();

        sam.says("/forget");
        sam.presses("forget:confirm");

        assertThat(rows("moods")).isZero();
        assertThat(rows("reminder_settings")).isZero();
        assertThat(rows("users")).isZero();
    }
}
