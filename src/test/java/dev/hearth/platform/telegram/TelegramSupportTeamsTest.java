package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.core.UserRef;
import dev.hearth.core.support.SupportSetting;
import dev.hearth.core.support.SupportTeams;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The real Telegram library over HTTP against a local Bot API that knows a group and its administrators. */
@DisplayName("The support team on Telegram")
class TelegramSupportTeamsTest {
    private static final String GROUP = "-1001234";
    private static final long PERSON = 77;
    private static final long OWNER = 10;
    private static final long SHY_ADMIN = 11;
    private static final UserRef SAM = new UserRef("telegram", Long.toString(PERSON));
    private static final SupportSetting SETTING = new SupportSetting("telegram", GROUP, "", "", Instant.EPOCH);

    private final GroupBotApi fake = new GroupBotApi();
    private TelegramConnection connection;
    private TelegramSupportTeams teams;
    private final List<String> lines = TelegramSupportTeams.loadLines();

    @BeforeEach
    void start() throws IOException {
        fake.start();
        connection = new TelegramConnection(new TelegramSettings(FakeBotApi.TOKEN, fake.url()), TestTuning.fast(),
                Clock.systemUTC(), refusal -> { });
        connection.queue().start();
        teams = new TelegramSupportTeams(connection, lines, new SplittableRandom(5));
    }

    @AfterEach
    void stop() {
        connection.close(Duration.ofSeconds(1));
        fake.close();
    }

    @Test
    @DisplayName("each admin with a private chat gets the person's name, the group and Hearth's line; refusals and bots are skipped")
    void tellsAdminsPrivately() {
        assertThat(teams.kind()).isEqualTo(SupportTeams.Kind.GROUP_ADMINS);

        SupportTeams.Delivery delivery = teams.notify(SETTING, SAM);

        assertThat(delivery).isEqualTo(SupportTeams.Delivery.SENT);
        List<JsonNode> sends = fake.sends();
        assertThat(sends).extracting(s -> s.path("chat_id").asLong()).containsExactlyInAnyOrder(OWNER, SHY_ADMIN);
        assertThat(fake.delivered).containsExactly(OWNER);
        String text = sends.getFirst().path("text").asText();
        String prefix = "Sam Lee (@samlee) in “Book club” ";
        assertThat(text).startsWith(prefix);
        assertThat(text.substring(prefix.length())).isIn(lines);
        assertThat(sends).allSatisfy(s -> assertThat(s.has("parse_mode")).isFalse());
    }

    @Test
    @DisplayName("no admin with a private chat means the team is unreachable")
    void nobodyReachable() {
        fake.refusing.add(OWNER);

        assertThat(teams.notify(SETTING, SAM)).isEqualTo(SupportTeams.Delivery.UNREACHABLE);
        assertThat(fake.delivered).isEmpty();
    }

    @Test
    @DisplayName("a group Telegram will not describe, or another platform's setting, tells nobody")
    void unknownGroup() {
        SupportSetting gone = new SupportSetting("telegram", "-999", "", "", Instant.EPOCH);
        assertThat(teams.notify(gone, SAM)).isEqualTo(SupportTeams.Delivery.UNREACHABLE);
        assertThat(teams.notify(new SupportSetting("discord", "1", "2", "3", Instant.EPOCH),
                new UserRef("discord", "4"))).isEqualTo(SupportTeams.Delivery.UNREACHABLE);
        assertThat(fake.sends()).isEmpty();
    }

    /** A Bot API that knows one group: its title, the person, two human admins (one without a private chat) and a bot. */
    private static final class GroupBotApi extends Dispatcher {
        private final ObjectMapper json = new ObjectMapper();
        private final MockWebServer server = new MockWebServer();
        private final List<JsonNode> calls = new CopyOnWriteArrayList<>();
        final List<Long> delivered = new CopyOnWriteArrayList<>();
        final Set<Long> refusing = java.util.concurrent.ConcurrentHashMap.newKeySet();

        GroupBotApi() {
            refusing.add(SHY_ADMIN);
        }

        void start() throws IOException {
            server.setDispatcher(this);
            server.start();
        }

        String url() {
            return "http://" + server.getHostName() + ":" + server.getPort();
        }

        @Override
        public void close() {
            server.close();
        }

        List<JsonNode> sends() {
            return calls.stream().filter(c -> c.path("method").asText().equals("sendmessage"))
                    .map(c -> c.path("params")).toList();
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            List<String> segments = request.getUrl().pathSegments();
            String method = segments.get(segments.size() - 1).toLowerCase(Locale.ROOT);
            JsonNode params = FakeBotApi.params(request);
            ObjectNode call = json.createObjectNode().put("method", method);
            call.set("params", params);
            calls.add(call);
            boolean ourGroup = GROUP.equals(params.path("chat_id").asText());
            return switch (method) {
                case "getchatadministrators" -> ourGroup ? FakeBotApi.ok(admins()) : FakeBotApi.error(400, "Bad Request: chat not found");
                case "getchatmember" -> ourGroup ? FakeBotApi.ok(member("member", PERSON, "Sam", "Lee", "samlee", false))
                        : FakeBotApi.error(400, "Bad Request: chat not found");
                case "getchat" -> FakeBotApi.ok(json.createObjectNode().put("id", -1001234).put("type", "supergroup")
                        .put("title", "Book club").put("accent_color_id", 0).put("max_reaction_count", 11));
                case "sendmessage" -> send(params.path("chat_id").asLong());
                default -> FakeBotApi.error(404, "Not Found: method not found");
            };
        }

        private ArrayNode admins() {
            ArrayNode admins = json.createArrayNode();
            admins.add(member("creator", OWNER, "Olu", null, null, false));
            admins.add(member("administrator", SHY_ADMIN, "Ana", null, "ana", false));
            admins.add(member("administrator", FakeBotApi.BOT_ID, "Hearth", null, FakeBotApi.BOT_USERNAME, true));
            return admins;
        }

        private ObjectNode member(String status, long id, String first, String last, String username, boolean bot) {
            ObjectNode member = json.createObjectNode().put("status", status);
            ObjectNode user = member.putObject("user").put("id", id).put("is_bot", bot).put("first_name", first);
            if (last != null) {
                user.put("last_name", last);
            }
            if (username != null) {
                user.put("username", username);
            }
            return member;
        }

        private MockResponse send(long chatId) {
            if (refusing.contains(chatId)) {
                return FakeBotApi.error(403, "Forbidden: bot can't initiate conversation with a user");
            }
            delivered.add(chatId);
            ObjectNode message = json.createObjectNode().put("message_id", 1).put("date", 1_790_000_000);
            message.putObject("chat").put("id", chatId).put("type", "private");
            return FakeBotApi.ok(message);
        }
    }
}
