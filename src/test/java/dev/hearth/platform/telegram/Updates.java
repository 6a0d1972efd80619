package dev.hearth.platform.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.core.Button;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds Telegram updates as the Bot API sends them (JSON), with fresh update and message ids. */
final class Updates {
    static final long DATE = 1_790_000_000L;
    private static final Pattern MENTION = Pattern.compile("@\\w+");
    private static final Pattern COMMAND = Pattern.compile("^/\\w+(@\\w+)?");

    private final ObjectMapper json = new ObjectMapper();
    private final FakeBotApi api;
    private final AtomicInteger messageIds = new AtomicInteger(1);

    Updates(FakeBotApi api) {
        this.api = api;
    }

    /** A text message in a person's private chat. */
    ObjectNode privateText(long userId, String text) {
        ObjectNode message = message(userId, "private", userId, text);
        return update("message", message);
    }

    /** A text message in a group. */
    ObjectNode groupText(long groupId, long userId, String text) {
        return update("message", message(groupId, "supergroup", userId, text));
    }

    /** A text message in a group that answers one of the bot's messages. */
    ObjectNode groupReplyToBot(long groupId, long userId, String text) {
        ObjectNode message = message(groupId, "supergroup", userId, text);
        ObjectNode original = message.putObject("reply_to_message").put("message_id", 7).put("date", DATE);
        original.putObject("chat").put("id", groupId).put("type", "supergroup");
        original.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Hearth")
                .put("username", FakeBotApi.BOT_USERNAME);
        original.put("text", "an earlier message from Hearth");
        return update("message", message);
    }

    /** A press of the button with {@code data} under a message of the bot that shows these buttons. */
    ObjectNode press(long chatId, long userId, int messageId, String messageText, List<Button> buttons, String data) {
        ObjectNode query = json.createObjectNode().put("id", "cb-" + messageIds.incrementAndGet())
                .put("chat_instance", "ci").put("data", data);
        from(query.putObject("from"), userId);
        ObjectNode message = query.putObject("message").put("message_id", messageId).put("date", DATE)
                .put("text", messageText);
        message.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
        message.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Hearth");
        ArrayNode row = message.putObject("reply_markup").putArray("inline_keyboard").addArray();
        for (Button button : buttons) {
            row.addObject().put("text", button.label()).put("callback_data", button.id());
        }
        return update("callback_query", query);
    }

    /** The person blocked the bot in their private chat. */
    ObjectNode blocked(long userId) {
        ObjectNode change = json.createObjectNode().put("date", DATE);
        change.putObject("chat").put("id", userId).put("type", "private");
        from(change.putObject("from"), userId);
        from(change.putObject("old_chat_member").put("status", "member").putObject("user"), FakeBotApi.BOT_ID);
        ObjectNode now = change.putObject("new_chat_member").put("status", "kicked").put("until_date", 0);
        from(now.putObject("user"), FakeBotApi.BOT_ID);
        return update("my_chat_member", change);
    }

    private ObjectNode update(String field, ObjectNode content) {
        ObjectNode update = json.createObjectNode().put("update_id", api.newUpdateId());
        update.set(field, content);
        return update;
    }

    private ObjectNode message(long chatId, String chatType, long userId, String text) {
        ObjectNode message = json.createObjectNode().put("message_id", messageIds.incrementAndGet()).put("date", DATE);
        message.putObject("chat").put("id", chatId).put("type", chatType);
        from(message.putObject("from"), userId);
        message.put("text", text);
        ArrayNode entities = json.createArrayNode();
        Matcher command = COMMAND.matcher(text);
        if (command.find()) {
            entities.addObject().put("type", "bot_command").put("offset", 0).put("length", command.end());
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            if (mention.start() > 0 && text.charAt(mention.start() - 1) != ' ') {
                continue;
            }
            entities.addObject().put("type", "mention").put("offset", mention.start())
                    .put("length", mention.end() - mention.start());
        }
        if (!entities.isEmpty()) {
            message.set("entities", entities);
        }
        return message;
    }

    private static void from(ObjectNode user, long userId) {
        boolean bot = userId == FakeBotApi.BOT_ID;
        user.put("id", userId).put("is_bot", bot).put("first_name", bot ? "Hearth" : "Ada");
        if (!bot) {
            user.put("last_name", "Lovelace").put("language_code", "en");
        }
    }
}
