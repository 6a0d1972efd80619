package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.core.Button;
import dev.hearth.core.Inbound;
import dev.hearth.testing.RecordingDepartures;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

@DisplayName("Telegram: group check-ins at the edge")
class ServerCheckinTelegramTest {
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final long GROUP = -1001234L;
    private static final long CREATOR = 11;
    private static final long ADMIN = 12;
    private static final long MEMBER = 13;
    private static final long BROKEN = 14;

    private final ObjectMapper json = new ObjectMapper();
    private final Updates updates = new Updates(new FakeBotApi());
    private final ManualClock clock = new ManualClock(NOW);
    private final MemberApi api = new MemberApi(Map.of(CREATOR, "creator", ADMIN, "administrator", MEMBER, "member"));
    private final UpdateTranslator translator = new UpdateTranslator(
            new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME), new TestCatalog(), clock,
            new GroupAdmins(api, clock));

    private Inbound said(JsonNode update) throws Exception {
        TelegramEvent event = translator.translate(json.treeToValue(update, Update.class));
        assertThat(event).isInstanceOf(TelegramEvent.Said.class);
        return ((TelegramEvent.Said) event).inbound();
    }

    @Test
    @DisplayName("an admin-only command from the group's creator or an administrator is an admin's, in that group")
    void adminsAccepted() throws Exception {
        Inbound creator = said(updates.groupText(GROUP, CREATOR, "/checkin_stats"));
        Inbound admin = said(updates.groupText(GROUP, ADMIN, "/checkin_stats@" + FakeBotApi.BOT_USERNAME));

        assertThat(creator.fromAdmin()).isTrue();
        assertThat(creator.space()).contains(Long.toString(GROUP));
        assertThat(creator.text()).isEqualTo("/checkin-stats");
        assertThat(admin.fromAdmin()).isTrue();
    }

    @Test
    @DisplayName("an ordinary member, or anyone Telegram cannot be asked about, is refused admin rights")
    void othersRefused() throws Exception {
        Inbound member = said(updates.groupText(GROUP, MEMBER, "/checkin_stats"));
        Inbound broken = said(updates.groupText(GROUP, BROKEN, "/checkin_stats"));

        assertThat(member.fromAdmin()).isFalse();
        assertThat(member.space()).contains(Long.toString(GROUP));
        assertThat(broken.fromAdmin()).isFalse();
    }

    @Test
    @DisplayName("the answer is remembered briefly per group and person, then asked again")
    void cachedBriefly() throws Exception {
        said(updates.groupText(GROUP, ADMIN, "/checkin_stats"));
        said(updates.groupText(GROUP, ADMIN, "/checkin_stats"));
        assertThat(api.asked).hasSize(1);

        said(updates.groupText(GROUP - 1, ADMIN, "/checkin_stats"));
        assertThat(api.asked).hasSize(2);

        clock.advance(GroupAdmins.REMEMBER.plus(Duration.ofSeconds(1)));
        said(updates.groupText(GROUP, ADMIN, "/checkin_stats"));
        assertThat(api.asked).hasSize(3);
    }

    @Test
    @DisplayName("mentions and ordinary commands in a group carry the group but cost no rights lookup")
    void noLookupForOrdinaryText() throws Exception {
        Inbound mention = said(updates.groupText(GROUP, ADMIN, "@" + FakeBotApi.BOT_USERNAME + " hello"));

        assertThat(mention.space()).contains(Long.toString(GROUP));
        assertThat(mention.fromAdmin()).isFalse();
        assertThat(api.asked).isEmpty();
    }

    @Test
    @DisplayName("a press on a group check-in carries the group as its space")
    void pressInGroup() throws Exception {
        ObjectNode press = updates.press(GROUP, MEMBER, 77, "How is everyone?",
                List.of(new Button("smood:5:2", "2")), "smood:5:2");

        TelegramEvent event = translator.translate(json.treeToValue(press, Update.class));

        assertThat(event).isInstanceOfSatisfying(TelegramEvent.Pressed.class, pressed -> {
            assertThat(pressed.inbound().action()).contains("smood:5:2");
            assertThat(pressed.inbound().space()).contains(Long.toString(GROUP));
            assertThat(pressed.inbound().isPrivate()).isFalse();
        });
    }

    @Test
    @DisplayName("Hearth removed from or leaving a group is a departure from that group; a private block is not")
    void departures() throws Exception {
        assertThat(UpdateTranslator.departedGroup(membership(GROUP, "supergroup", "kicked"))).contains(GROUP);
        assertThat(UpdateTranslator.departedGroup(membership(GROUP, "group", "left"))).contains(GROUP);
        assertThat(UpdateTranslator.departedGroup(membership(GROUP, "supergroup", "administrator"))).isEmpty();
        assertThat(UpdateTranslator.departedGroup(json.treeToValue(updates.blocked(MEMBER), Update.class))).isEmpty();
        assertThat(UpdateTranslator.departedGroup(json.treeToValue(updates.groupText(GROUP, MEMBER, "hi"),
                Update.class))).isEmpty();
    }

    @Test
    @DisplayName("a member leaving a group, by service message or member update, is told as that member's departure; bots are not")
    void memberDepartures() throws Exception {
        RecordingDepartures departures = new RecordingDepartures();
        FakeConversations core = new FakeConversations();
        java.util.concurrent.ExecutorService turns = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            UpdateHandler handler = new UpdateHandler(translator, core, null, api, null, UnreachableListener.IGNORE,
                    turns, TestTuning.fast(), departures);

            handler.handle(leftMessage(MEMBER, false));
            handler.handle(memberUpdate(MEMBER + 1, "kicked"));
            handler.handle(memberUpdate(MEMBER + 2, "member"));
            handler.handle(leftMessage(FakeBotApi.BOT_ID, true));

            assertThat(departures.told()).containsExactly("telegram:" + MEMBER + " left " + GROUP,
                    "telegram:" + (MEMBER + 1) + " left " + GROUP);
            assertThat(core.inbounds()).isEmpty();
        } finally {
            turns.shutdownNow();
        }
    }

    private Update leftMessage(long userId, boolean bot) throws Exception {
        ObjectNode message = json.createObjectNode().put("message_id", 77).put("date", Updates.DATE);
        message.putObject("chat").put("id", GROUP).put("type", "supergroup").put("title", "Team");
        message.putObject("from").put("id", userId).put("is_bot", bot).put("first_name", "Lee");
        message.putObject("left_chat_member").put("id", userId).put("is_bot", bot).put("first_name", "Lee");
        ObjectNode update = json.createObjectNode().put("update_id", 100 + userId % 1000);
        update.set("message", message);
        return json.treeToValue(update, Update.class);
    }

    private Update memberUpdate(long userId, String newStatus) throws Exception {
        ObjectNode change = json.createObjectNode().put("date", Updates.DATE);
        change.putObject("chat").put("id", GROUP).put("type", "supergroup").put("title", "Team");
        change.putObject("from").put("id", CREATOR).put("is_bot", false).put("first_name", "Ada");
        change.putObject("old_chat_member").put("status", "member").putObject("user")
                .put("id", userId).put("is_bot", false).put("first_name", "Lee");
        ObjectNode now = change.putObject("new_chat_member").put("status", newStatus);
        if (newStatus.equals("kicked")) {
            now.put("until_date", 0);
        }
        now.putObject("user").put("id", userId).put("is_bot", false).put("first_name", "Lee");
        ObjectNode update = json.createObjectNode().put("update_id", 200 + userId % 1000);
        update.set("chat_member", change);
        return json.treeToValue(update, Update.class);
    }

    @Test
    @DisplayName("the update handler tells the departure with the group's id and hands nothing to the core")
    void handlerTellsDeparture() throws Exception {
        List<String> left = new ArrayList<>();
        FakeConversations core = new FakeConversations();
        java.util.concurrent.ExecutorService turns = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            UpdateHandler handler = new UpdateHandler(translator, core, null, api, null, UnreachableListener.IGNORE,
                    turns, TestTuning.fast(), (platform, space) -> left.add(platform + ":" + space));

            handler.handle(membership(GROUP, "supergroup", "kicked"));

            assertThat(left).containsExactly("telegram:" + GROUP);
            assertThat(core.inbounds()).isEmpty();
        } finally {
            turns.shutdownNow();
        }
    }

    private Update membership(long chatId, String chatType, String newStatus) throws Exception {
        ObjectNode change = json.createObjectNode().put("date", Updates.DATE);
        change.putObject("chat").put("id", chatId).put("type", chatType).put("title", "Team");
        change.putObject("from").put("id", CREATOR).put("is_bot", false).put("first_name", "Ada");
        change.putObject("old_chat_member").put("status", "member").putObject("user")
                .put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Hearth");
        ObjectNode now = change.putObject("new_chat_member").put("status", newStatus);
        if (newStatus.equals("kicked")) {
            now.put("until_date", 0);
        }
        now.putObject("user").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Hearth");
        ObjectNode update = json.createObjectNode().put("update_id", 99);
        update.set("my_chat_member", change);
        return json.treeToValue(update, Update.class);
    }

    /** Answers getChatMember with a status per person, parsed by the library; anyone else gets an API error. */
    private static final class MemberApi implements BotApi {
        final List<String> asked = new ArrayList<>();
        private final Map<Long, String> statuses;

        MemberApi(Map<Long, String> statuses) {
            this.statuses = statuses;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
            GetChatMember get = (GetChatMember) method;
            asked.add(get.getChatId() + ":" + get.getUserId());
            String status = statuses.get(get.getUserId());
            if (status == null) {
                throw new TelegramApiRequestException("Bad Request: user not found");
            }
            String extra = status.equals("administrator")
                    ? ",\"can_be_edited\":false,\"is_anonymous\":false,\"can_manage_chat\":true,"
                    + "\"can_delete_messages\":true,\"can_manage_video_chats\":true,\"can_restrict_members\":true,"
                    + "\"can_promote_members\":false,\"can_change_info\":true,\"can_invite_users\":true,"
                    + "\"can_post_stories\":false,\"can_edit_stories\":false,\"can_delete_stories\":false"
                    : status.equals("creator") ? ",\"is_anonymous\":false" : "";
            return (T) get.deserializeResponse("{\"ok\":true,\"result\":{\"status\":\"" + status + "\",\"user\":"
                    + "{\"id\":" + get.getUserId() + ",\"is_bot\":false,\"first_name\":\"Ada\"}" + extra + "}}");
        }

        @Override
        public void callQuietly(BotApiMethod<?> method) {
        }

        @Override
        public void send(SendPhoto photo) {
        }

        @Override
        public void send(SendDocument document) {
        }
    }
}
