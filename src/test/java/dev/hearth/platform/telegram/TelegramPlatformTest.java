package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.core.Attachment;
import dev.hearth.core.Button;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import dev.hearth.platform.MessageSplitter;
import dev.hearth.platform.telegram.FakeBotApi.ApiCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The real telegrambots library over real HTTP against a local fake Bot API, with a fake core. */
class TelegramPlatformTest {

    @Test
    @DisplayName("a private conversation of three turns reaches the core in order and every reply comes back")
    void multiTurnPrivateConversation() throws Exception {
        try (Harness h = Harness.started()) {
            List<String> said = List.of("I'm just feeling so down today.",
                    "Work has been so stressful lately.", "Maybe a short walk at lunch.");

            for (int i = 0; i < said.size(); i++) {
                h.api.push(h.updates.privateText(1001, said.get(i)));
                h.api.awaitCalls("sendmessage", i + 1);
            }

            List<Inbound> inbounds = h.core.inbounds();
            assertThat(inbounds).extracting(Inbound::text).containsExactlyElementsOf(said);
            assertThat(inbounds).allSatisfy(in -> {
                assertThat(in.user()).isEqualTo(new UserRef("telegram", "1001"));
                assertThat(in.conversation().id()).isEqualTo("1001");
                assertThat(in.isPrivate()).isTrue();
                assertThat(in.locale()).isEqualTo(Locale.ENGLISH);
                assertThat(in.displayName()).isEqualTo("Ada Lovelace");
                assertThat(in.at()).isEqualTo(Instant.ofEpochSecond(Updates.DATE));
                assertThat(in.action()).isEmpty();
            });
            List<ApiCall> sent = h.api.calls("sendmessage");
            assertThat(sent).extracting(ApiCall::chatId).containsOnly(1001L);
            assertThat(sent).extracting(ApiCall::text)
                    .containsExactlyElementsOf(said.stream().map(s -> "reply to " + s).toList());
            assertThat(sent).allSatisfy(call -> assertThat(call.params().has("parse_mode")).isFalse());
            // The typing indicator is sent on its own thread, so it may land after the reply.
            h.api.awaitCalls("sendchataction", said.size());
            assertThat(h.api.calls("sendchataction")).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(call -> assertThat(call.params().path("action").asText()).isEqualTo("typing"));
        }
    }

    @Test
    @DisplayName("every command reaches the core as its text, without @BotName, with hyphens restored")
    void commandsPassThrough() throws Exception {
        try (Harness h = Harness.started()) {
            List<ObjectNode> batch = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < TestCatalog.EVERYONE.size(); i++) {
                String name = TestCatalog.EVERYONE.get(i);
                String suffix = i % 2 == 0 ? "" : "@" + FakeBotApi.BOT_USERNAME;
                batch.add(h.updates.privateText(1002, "/" + name + suffix));
                expected.add("/" + name);
            }
            batch.add(h.updates.privateText(1002, "/start talk"));
            batch.add(h.updates.privateText(1002, "/checkin_stats@" + FakeBotApi.BOT_USERNAME + " week"));
            expected.add("/start talk");
            expected.add("/checkin-stats week");

            h.api.push(batch.toArray(ObjectNode[]::new));
            List<Inbound> inbounds = h.core.awaitInbounds(expected.size());

            assertThat(inbounds).extracting(Inbound::text).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @DisplayName("the command menu is published from the catalog, underscores for hyphens, admin commands for admins")
    void commandMenu() throws Exception {
        try (Harness h = Harness.started()) {
            List<ApiCall> menus = h.api.calls("setmycommands");

            assertThat(menus).hasSize(2);
            assertThat(commandNames(menus.get(0))).containsExactlyElementsOf(TestCatalog.EVERYONE);
            assertThat(menus.get(0).params().path("scope").path("type").asText()).isEqualTo("default");
            assertThat(commandNames(menus.get(1))).contains("checkin_stats", "start", "mood");
            assertThat(menus.get(1).params().path("scope").path("type").asText()).isEqualTo("all_chat_administrators");
        }
    }

    @Test
    @DisplayName("a mood button press is answered, its message edited once, and reaches the core as an action")
    void moodButton() throws Exception {
        try (Harness h = Harness.started()) {
            List<Button> moods = IntStream.rangeClosed(1, 5).mapToObj(i -> new Button("mood:" + i, "" + i)).toList();
            h.core.answer(in -> in.text().equals("/mood")
                    ? List.of(Reply.text("How are you feeling right now?").withButtons(moods))
                    : List.of(Reply.text("Thank you for telling me.")));

            h.api.push(h.updates.privateText(1003, "/mood"));
            JsonNode keyboard = h.api.awaitCalls("sendmessage", 1).get(0).params().path("reply_markup").path("inline_keyboard");
            assertThat(keyboard).hasSize(1);
            assertThat(keyboard.get(0)).extracting(b -> b.path("callback_data").asText())
                    .containsExactly("mood:1", "mood:2", "mood:3", "mood:4", "mood:5");

            ObjectNode press = h.updates.press(1003, 1003, 555, "How are you feeling right now?", moods, "mood:3");
            ObjectNode pressAgain = h.updates.press(1003, 1003, 555, "How are you feeling right now?", moods, "mood:4");
            h.api.push(press, pressAgain, h.updates.privateText(1003, "that is all"));
            h.core.awaitInbounds(3);
            h.api.awaitCalls("answercallbackquery", 2);
            h.api.awaitCalls("sendmessage", 3);

            assertThat(h.api.calls("answercallbackquery")).extracting(c -> c.params().path("callback_query_id").asText())
                    .containsExactly(press.path("callback_query").path("id").asText(),
                            pressAgain.path("callback_query").path("id").asText());
            List<ApiCall> edits = h.api.calls("editmessagetext");
            assertThat(edits).hasSize(1);
            assertThat(edits.get(0).chatId()).isEqualTo(1003);
            assertThat(edits.get(0).params().path("message_id").asInt()).isEqualTo(555);
            assertThat(edits.get(0).params().has("reply_markup")).isFalse();
            assertThat(edits.get(0).text()).startsWith("How are you feeling right now?").endsWith("3");
            List<Inbound> actions = h.core.inbounds().stream().filter(in -> in.action().isPresent()).toList();
            assertThat(actions).hasSize(1);
            assertThat(actions.get(0).action()).contains("mood:3");
            assertThat(actions.get(0).isPrivate()).isTrue();
            assertThat(actions.get(0).user()).isEqualTo(new UserRef("telegram", "1003"));
        }
    }

    @Test
    @DisplayName("in a group only mentions, replies to the bot and its commands reach the core; private replies never appear there")
    void groupMention() throws Exception {
        try (Harness h = Harness.started()) {
            long group = -100500;
            long person = 2001;
            h.api.refuseChat(person, "Forbidden: bot can't initiate conversation with a user");
            h.core.answer(in -> List.of(
                    Reply.text("Hello! Open a private chat with me: https://t.me/HearthTestBot?start=talk").asPublic(),
                    Reply.text("I'm sorry today feels so heavy. PRIVATE-DETAIL")));

            h.api.push(
                    h.updates.groupText(group, person, "just chatting with friends here"),
                    h.updates.groupText(group, person, "@" + FakeBotApi.BOT_USERNAME + " I feel awful today"),
                    h.updates.groupText(group, person, "/goals@SomeOtherBot"),
                    h.updates.groupText(group, person, "/weather"),
                    h.updates.groupReplyToBot(group, person, "thanks, that helps"),
                    h.updates.groupText(group, person, "/help@" + FakeBotApi.BOT_USERNAME));
            h.core.awaitInbounds(3);
            h.api.awaitCalls("sendmessage", 3, call -> call.chatId() == group);
            // A refusal drops what waits for that chat, so one to three private attempts are made.
            Await.until(() -> !h.refusals.isEmpty());

            assertThat(h.core.inbounds()).extracting(Inbound::text)
                    .containsExactly("I feel awful today", "thanks, that helps", "/help");
            assertThat(h.core.inbounds()).allSatisfy(in -> {
                assertThat(in.isPrivate()).isFalse();
                assertThat(in.conversation().id()).isEqualTo(Long.toString(group));
            });
            List<ApiCall> inGroup = h.api.calls("sendmessage").stream().filter(c -> c.chatId() == group).toList();
            assertThat(inGroup).hasSize(3).allSatisfy(call -> {
                assertThat(call.text()).contains("t.me/HearthTestBot?start=talk").doesNotContain("PRIVATE-DETAIL");
                assertThat(call.params().path("reply_parameters").path("message_id").isInt()).isTrue();
            });
            assertThat(h.api.calls("sendmessage").stream().filter(c -> c.chatId() == person))
                    .isNotEmpty()
                    .allSatisfy(call -> assertThat(call.status()).isEqualTo(403));
            assertThat(h.refusals).isNotEmpty().allSatisfy(r -> {
                assertThat(r.reason()).isEqualTo(Unreachable.Reason.NOT_STARTED);
                assertThat(r.person()).contains(new UserRef("telegram", "2001"));
            });
        }
    }

    @Test
    @DisplayName("a 20 kB reply is split under 4,096 characters on sentence boundaries, without parse mode")
    void longReplySplit() throws Exception {
        try (Harness h = Harness.started()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; text.length() < 20_000; i++) {
                text.append("Sentence number ").append(i).append(" is here to keep you company a little longer. ");
            }
            String reply = text.toString().strip();
            int expectedPieces = new MessageSplitter(4096).split(reply).size();
            h.core.answer(in -> List.of(Reply.text(reply)));

            h.api.push(h.updates.privateText(1008, "tell me a long story"));
            List<ApiCall> sent = h.api.awaitCalls("sendmessage", expectedPieces);

            assertThat(expectedPieces).isGreaterThanOrEqualTo(5);
            assertThat(sent).hasSize(expectedPieces).allSatisfy(call -> {
                assertThat(call.text().length()).isLessThanOrEqualTo(4096);
                assertThat(call.text()).endsWith(".");
                assertThat(call.params().has("parse_mode")).isFalse();
            });
            assertThat(String.join(" ", sent.stream().map(ApiCall::text).toList())).isEqualTo(reply);
        }
    }

    @Test
    @DisplayName("an update delivered twice is handled once")
    void duplicateUpdate() throws Exception {
        try (Harness h = Harness.started()) {
            ObjectNode once = h.updates.privateText(1006, "only once please");

            h.api.push(once, once);
            h.api.push(h.updates.privateText(1006, "and then this"));
            h.core.awaitInbounds(2);
            h.api.awaitCalls("sendmessage", 2);

            assertThat(h.core.inbounds()).extracting(Inbound::text).containsExactly("only once please", "and then this");
            assertThat(h.api.calls("sendmessage")).hasSize(2);
        }
    }

    @Test
    @DisplayName("an update is acknowledged to Telegram only after its turn was handled")
    void acknowledgedAfterHandling() throws Exception {
        try (Harness h = Harness.started()) {
            h.core.answer(in -> {
                sleepQuietly(300);    // a slow turn: polling must wait for it before acknowledging
                return List.of(Reply.text("done"));
            });
            ObjectNode update = h.updates.privateText(1007, "slow turn");
            int id = update.path("update_id").asInt();

            h.api.push(update);

            assertThat(h.api.awaitAcknowledged(id)).isTrue();
            assertThat(h.timeline).containsSubsequence("handled slow turn", "acknowledged " + id);
        }
    }

    @Test
    @DisplayName("a PNG attachment is sent as a photo and other files as documents")
    void attachments() throws Exception {
        try (Harness h = Harness.started()) {
            h.core.answer(in -> List.of(Reply.text("Here is your week.").withAttachments(List.of(
                    new Attachment("week.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                    new Attachment("export.json", "application/json", "{}".getBytes())))));

            h.api.push(h.updates.privateText(1011, "/export"));
            List<ApiCall> photos = h.api.awaitCalls("sendphoto", 1);
            List<ApiCall> documents = h.api.awaitCalls("senddocument", 1);

            assertThat(photos).singleElement().satisfies(call -> {
                assertThat(call.chatId()).isEqualTo(1011);
                assertThat(call.params().path("photo").asText()).endsWith("week.png");
            });
            assertThat(documents).singleElement().satisfies(call -> {
                assertThat(call.chatId()).isEqualTo(1011);
                assertThat(call.params().path("document").asText()).endsWith("export.json");
            });
        }
    }

    @Test
    @DisplayName("a person who blocks the bot is reported to the listener")
    void blockedByPerson() throws Exception {
        try (Harness h = Harness.started()) {
            h.api.push(h.updates.blocked(3003));
            Await.until(() -> !h.refusals.isEmpty());

            assertThat(h.refusals).containsExactly(new Unreachable(
                    new ConversationRef("telegram", "3003"),
                    Optional.of(new UserRef("telegram", "3003")), Unreachable.Reason.BLOCKED));
            assertThat(h.core.inbounds()).isEmpty();
        }
    }

    @Test
    @DisplayName("the bot's username from getMe gives the deep link to a private chat")
    void startLink() throws Exception {
        try (Harness h = Harness.started()) {
            assertThat(h.platform.botUsername()).contains(FakeBotApi.BOT_USERNAME);
            assertThat(h.platform.startLink("talk")).contains("https://t.me/HearthTestBot?start=talk");
        }
    }

    private static List<String> commandNames(ApiCall call) {
        List<String> names = new ArrayList<>();
        call.params().path("commands").forEach(c -> names.add(c.path("command").asText()));
        return names;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
