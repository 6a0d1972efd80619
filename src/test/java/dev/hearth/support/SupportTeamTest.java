package dev.hearth.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.Button;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import dev.hearth.core.Visibility;
import dev.hearth.core.checkin.SpaceDepartures;
import dev.hearth.core.command.CommandRouter;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.respond.Stage;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.support.SupportButtons;
import dev.hearth.core.support.SupportTeams;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The server support team")
class SupportTeamTest {
    private static final String ACUTE = "honestly I want to kill myself, nobody here would care";
    private static final String CONCERN = "I wish I could just disappear";
    private static final String YES = SupportButtons.id(SupportHearth.SPACE, true);
    private static final String NO = SupportButtons.id(SupportHearth.SPACE, false);

    private final SupportHearth hearth = new SupportHearth(SupportTeams.Kind.ROLE_IN_CHANNEL);
    private final UserRef admin = hearth.member("admin");
    private final UserRef sam = hearth.member("sam");

    @AfterEach
    void close() {
        hearth.close();
    }

    private void setTeam() {
        hearth.adminSays(admin, "/support-role <@&111> <#222>");
        assertThat(hearth.setting()).isPresent();
    }

    private static List<Button> supportButtons(TurnResult result, Visibility visibility) {
        return result.replies().stream().filter(r -> r.visibility() == visibility)
                .flatMap(r -> r.buttons().stream()).filter(b -> b.id().startsWith(SupportButtons.PREFIX)).toList();
    }

    private long requests(UserRef who) {
        return hearth.count("SELECT COUNT(*) FROM support_requests r JOIN users u ON u.id = r.user_id "
                + "WHERE u.platform_id = '" + who.id() + "'");
    }

    @Nested
    @DisplayName("the offer")
    class Offer {
        @Test
        @DisplayName("comes privately, with yes and no, after crisis care in a server with a team, and never in public")
        void offeredPrivately() {
            setTeam();

            TurnResult result = hearth.saysInChannel(sam, ACUTE);

            assertThat(result.analysis().crisis()).isEqualTo(CrisisLevel.ACUTE);
            assertThat(supportButtons(result, Visibility.PRIVATE)).extracting(Button::id).containsExactly(YES, NO);
            assertThat(supportButtons(result, Visibility.PUBLIC)).isEmpty();
            assertThat(result.replies().stream().filter(r -> r.visibility() == Visibility.PUBLIC)
                    .map(Reply::joinedText)).noneMatch(text -> text.toLowerCase().contains("support team"));
            assertThat(requests(sam)).isEqualTo(1);
        }

        @Test
        @DisplayName("comes for concern as well as for acute risk")
        void offeredForConcern() {
            setTeam();

            TurnResult result = hearth.saysInChannel(sam, CONCERN);

            assertThat(result.analysis().crisis()).isEqualTo(CrisisLevel.CONCERN);
            assertThat(supportButtons(result, Visibility.PRIVATE)).extracting(Button::id).containsExactly(YES, NO);
        }

        @Test
        @DisplayName("is not made in a server without a team, which is the default")
        void notWithoutSetting() {
            TurnResult result = hearth.saysInChannel(sam, ACUTE);

            assertThat(result.analysis().crisis()).isEqualTo(CrisisLevel.ACUTE);
            assertThat(supportButtons(result, Visibility.PRIVATE)).isEmpty();
            assertThat(requests(sam)).isZero();
        }

        @Test
        @DisplayName("is not made in a private chat, which nothing ties to the server")
        void notInPrivate() {
            setTeam();

            TurnResult result = hearth.saysPrivately(sam, ACUTE);

            assertThat(result.analysis().crisis()).isEqualTo(CrisisLevel.ACUTE);
            assertThat(supportButtons(result, Visibility.PRIVATE)).isEmpty();
            assertThat(requests(sam)).isZero();
        }

        @Test
        @DisplayName("is made once for several crisis messages in a row")
        void notRepeated() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);

            TurnResult again = hearth.saysInChannel(sam, ACUTE);

            assertThat(again.analysis().crisis()).isEqualTo(CrisisLevel.ACUTE);
            assertThat(supportButtons(again, Visibility.PRIVATE)).isEmpty();
        }
    }

    @Nested
    @DisplayName("the answer")
    class Answer {
        @Test
        @DisplayName("yes tells the team once, naming only the person, and the care goes on")
        void yesNotifies() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);

            TurnResult result = hearth.presses(sam, YES);

            assertThat(hearth.teams.notices).singleElement().satisfies(notice -> {
                assertThat(notice.person()).isEqualTo(sam);
                assertThat(notice.setting().role()).isEqualTo("111");
                assertThat(notice.setting().channel()).isEqualTo("222");
                assertThat(notice.setting().space()).isEqualTo(SupportHearth.SPACE);
            });
            assertThat(result.replies()).singleElement()
                    .satisfies(r -> assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE))
                    .satisfies(r -> assertThat(r.joinedText()).isNotBlank());
            assertThat(result.analysis().stage()).isEqualTo(Stage.CRISIS);
            assertThat(hearth.count("SELECT COUNT(*) FROM support_requests WHERE notified_at IS NOT NULL"))
                    .isEqualTo(1);
        }

        @Test
        @DisplayName("a stored request holds a person, a server and two times, never their words or a crisis level")
        void storesNoContent() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);
            hearth.presses(sam, YES);

            List<String> columns = hearth.get(dev.hearth.store.Database.class).jdbi().withHandle(h -> h.createQuery(
                            "SELECT LOWER(column_name) FROM information_schema.columns "
                                    + "WHERE LOWER(table_name) = 'support_requests' ORDER BY 1")
                    .mapTo(String.class).list());

            assertThat(columns).containsExactlyInAnyOrder("user_id", "space", "offered_at", "notified_at");
        }

        @Test
        @DisplayName("no thanks tells nobody, and a kind answer comes back")
        void noNotifiesNobody() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);

            TurnResult result = hearth.presses(sam, NO);

            assertThat(hearth.teams.notices).isEmpty();
            assertThat(result.replies()).singleElement().satisfies(r -> assertThat(r.joinedText()).isNotBlank());
            assertThat(hearth.count("SELECT COUNT(*) FROM support_requests WHERE notified_at IS NOT NULL")).isZero();
        }

        @Test
        @DisplayName("the team is told about a person at most once a day per server")
        void oncePerDay() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);
            hearth.presses(sam, YES);

            hearth.presses(sam, YES);
            hearth.advance(Duration.ofHours(3));
            TurnResult later = hearth.saysInChannel(sam, ACUTE);
            hearth.presses(sam, YES);

            assertThat(supportButtons(later, Visibility.PRIVATE)).as("no new offer the same day").isEmpty();
            assertThat(hearth.teams.notices).hasSize(1);

            hearth.advance(Duration.ofHours(22));
            TurnResult nextDay = hearth.saysInChannel(sam, ACUTE);
            hearth.presses(sam, YES);

            assertThat(supportButtons(nextDay, Visibility.PRIVATE)).extracting(Button::id).containsExactly(YES, NO);
            assertThat(hearth.teams.notices).hasSize(2);
        }

        @Test
        @DisplayName("an unreachable team is not counted as told: the person hears so, and may try again")
        void unreachable() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);
            hearth.teams.answer = SupportTeams.Delivery.UNREACHABLE;

            TurnResult result = hearth.presses(sam, YES);

            assertThat(result.replies()).singleElement()
                    .satisfies(r -> assertThat(r.joinedText()).contains("/crisis"));
            assertThat(hearth.count("SELECT COUNT(*) FROM support_requests WHERE notified_at IS NOT NULL")).isZero();

            hearth.teams.answer = SupportTeams.Delivery.SENT;
            hearth.presses(sam, YES);

            assertThat(hearth.teams.notices).hasSize(2);
            assertThat(hearth.count("SELECT COUNT(*) FROM support_requests WHERE notified_at IS NOT NULL"))
                    .isEqualTo(1);
        }

        @Test
        @DisplayName("an offer answered a day later or more tells nobody")
        void expired() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);
            hearth.advance(Duration.ofHours(25));

            hearth.presses(sam, YES);

            assertThat(hearth.teams.notices).isEmpty();
        }
    }

    @Nested
    @DisplayName("a forged or stale button")
    class Forged {
        @Test
        @DisplayName("for a server without a team tells nobody")
        void serverWithoutTeam() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);

            TurnResult result = hearth.presses(sam, SupportButtons.id("guild-2", true));

            assertThat(hearth.teams.notices).isEmpty();
            assertThat(result.replies()).singleElement().satisfies(r -> assertThat(r.joinedText()).contains("/crisis"));
        }

        @Test
        @DisplayName("from a person who was never offered the team tells nobody")
        void neverOffered() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);
            UserRef mallory = hearth.member("mallory");
            hearth.saysPrivately(mallory, "hi there");

            hearth.presses(mallory, YES);

            assertThat(hearth.teams.notices).isEmpty();
            assertThat(requests(mallory)).isZero();
        }

        @Test
        @DisplayName("that is malformed tells nobody and still gets a calm answer")
        void malformed() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);

            for (String id : List.of("support:", "support:yes", "support::yes", "support:700000000000000007:maybe",
                    "support:700000000000000007:yes:again")) {
                TurnResult result = hearth.presses(sam, id);
                assertThat(result.replies()).as(id).isNotEmpty();
            }

            assertThat(hearth.teams.notices).isEmpty();
        }

        @Test
        @DisplayName("after the admins turned the team off tells nobody")
        void turnedOff() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);
            hearth.adminSays(admin, "/support-role off");

            hearth.presses(sam, YES);

            assertThat(hearth.teams.notices).isEmpty();
        }
    }

    @Nested
    @DisplayName("the setting")
    class Setting {
        @Test
        @DisplayName("is for admins only: a member is refused and nothing is stored")
        void adminOnly() {
            TurnResult result = hearth.saysInChannel(sam, "/support-role <@&111> <#222>");

            assertThat(hearth.setting()).isEmpty();
            assertThat(result.replies()).singleElement()
                    .satisfies(r -> assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE));
        }

        @Test
        @DisplayName("stores the role and channel an admin names, answered privately")
        void stored() {
            TurnResult result = hearth.adminSays(admin, "/support-role <@&111> <#222>");

            assertThat(hearth.setting()).hasValueSatisfying(s -> {
                assertThat(s.role()).isEqualTo("111");
                assertThat(s.channel()).isEqualTo("222");
            });
            assertThat(result.replies()).allSatisfy(r -> assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE));
        }

        @Test
        @DisplayName("is not changed by a request without both a role and a channel")
        void invalid() {
            hearth.adminSays(admin, "/support-role <@&111>");
            hearth.adminSays(admin, "/support-role staff");

            assertThat(hearth.setting()).isEmpty();
        }

        @Test
        @DisplayName("can be turned off by an admin, and then nothing is offered")
        void off() {
            setTeam();

            hearth.adminSays(admin, "/support-role off");
            TurnResult result = hearth.saysInChannel(sam, ACUTE);

            assertThat(hearth.setting()).isEmpty();
            assertThat(supportButtons(result, Visibility.PRIVATE)).isEmpty();
        }

        @Test
        @DisplayName("cannot be set in a private chat")
        void notInPrivate() {
            hearth.saysPrivately(admin, "/support-role <@&111> <#222>");

            assertThat(hearth.count("SELECT COUNT(*) FROM support_teams")).isZero();
        }

        @Test
        @DisplayName("goes, with every offer made there, when Hearth leaves the server")
        void departure() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);

            // What the adapters call: the one bound departure, which tells every feature.
            hearth.get(SpaceDepartures.class).left("fake", SupportHearth.SPACE);

            assertThat(hearth.setting()).isEmpty();
            assertThat(requests(sam)).isZero();
        }

        @Test
        @DisplayName("a member who leaves the server loses their offer there, so a later yes tells nobody")
        void memberLeaves() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);
            assertThat(requests(sam)).isEqualTo(1);

            hearth.get(SpaceDepartures.class).memberLeft(SupportHearth.SPACE, sam);

            assertThat(requests(sam)).isZero();
            assertThat(hearth.setting()).isPresent();
        }

        @Test
        @DisplayName("the everyone role (the server's own id) is refused as a support team")
        void everyoneRoleRefused() {
            hearth.adminSays(admin, "/support-role <@&" + SupportHearth.SPACE + "> <#222>");
            assertThat(hearth.setting()).isEmpty();

            hearth.adminSays(admin, "/support-role <@&111> <#222>");
            assertThat(hearth.setting()).isPresent();
        }

        @Test
        @DisplayName("is set with /support-team where the group's admins are the team, and not with /support-role")
        void groupAdmins() {
            try (SupportHearth group = new SupportHearth(SupportTeams.Kind.GROUP_ADMINS)) {
                UserRef owner = group.member("owner");
                group.adminSays(owner, "/support_role <@&111> <#222>");
                assertThat(group.setting()).isEmpty();

                group.adminSays(owner, "/support_team on");
                assertThat(group.setting()).hasValueSatisfying(s -> assertThat(s.channel()).isEmpty());

                group.adminSays(owner, "/support_team off");
                assertThat(group.setting()).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("a person's data rights")
    class DataRights {
        @Test
        @DisplayName("/forget removes their support request")
        void forget() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);
            hearth.presses(sam, YES);
            assertThat(requests(sam)).isEqualTo(1);

            hearth.presses(sam, CommandRouter.FORGET_CONFIRM);

            assertThat(hearth.count("SELECT COUNT(*) FROM support_requests")).isZero();
            assertThat(hearth.setting()).as("the server's setting is not the person's").isPresent();
        }

        @Test
        @DisplayName("/export includes their support request")
        void export() {
            setTeam();
            hearth.saysInChannel(sam, ACUTE);

            String json = new String(hearth.get(PersonStore.class).exportJson(sam), StandardCharsets.UTF_8);

            assertThat(json).contains("\"support_requests\"").contains(SupportHearth.SPACE);
        }
    }
}
