package dev.hearth.platform.telegram;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Inbound;
import dev.hearth.core.UserRef;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandRouter;
import dev.hearth.core.command.CommandSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Translates a Telegram update into a {@link TelegramEvent}. Private messages all go to the core. In a
 * group only commands meant for Hearth, mentions of it and replies to it do; the mention is taken out of
 * the text. Commands reach the core as their text with any {@code @BotName} removed and Telegram's
 * underscores turned back into the catalog's hyphens ({@code /checkin_stats@HearthBot x} becomes
 * {@code /checkin-stats x}). Everything from a group carries the group's id as its space; an admin-only
 * command there is an admin's when Telegram says the sender administers the group.
 */
final class UpdateTranslator {
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?=\\s|$)");
    private static final Pattern LEADING_JOINERS = Pattern.compile("^[\\s,:;]+");

    private final BotIdentity bot;
    private final CommandCatalog catalog;
    private final Clock clock;
    private final Pattern mention;
    private final GroupAdmins admins;

    /** A translator that treats nobody as a group admin. */
    UpdateTranslator(BotIdentity bot, CommandCatalog catalog, Clock clock) {
        this(bot, catalog, clock, GroupAdmins.NOBODY);
    }

    /** @param admins asked, for admin-only commands in a group, whether the sender administers the group */
    UpdateTranslator(BotIdentity bot, CommandCatalog catalog, Clock clock, GroupAdmins admins) {
        this.bot = bot;
        this.catalog = catalog;
        this.clock = clock;
        this.admins = admins;
        this.mention = Pattern.compile("(?<![\\w@])@" + Pattern.quote(bot.username()) + "(?!\\w)",
                Pattern.CASE_INSENSITIVE);
    }

    TelegramEvent translate(Update update) {
        if (update.hasMessage()) {
            return message(update.getMessage());
        }
        if (update.hasCallbackQuery()) {
            return callback(update.getCallbackQuery());
        }
        if (update.hasMyChatMember()) {
            return membership(update.getMyChatMember());
        }
        return new TelegramEvent.Ignored();
    }

    private TelegramEvent message(Message message) {
        User from = message.getFrom();
        Optional<ChatKind> kind = kind(message.getChat());
        String text = message.getText() != null ? message.getText() : message.getCaption();
        if (from == null || Boolean.TRUE.equals(from.getIsBot()) || kind.isEmpty() || text == null) {
            return new TelegramEvent.Ignored();
        }
        Optional<String> forCore = kind.get() == ChatKind.PRIVATE ? Optional.of(privateText(text)) : groupText(message, text);
        if (forCore.isEmpty()) {
            return new TelegramEvent.Ignored();
        }
        Inbound inbound = new Inbound(user(from), conversation(message.getChat()), forCore.get(),
                Instant.ofEpochSecond(message.getDate()), kind.get() == ChatKind.PRIVATE, locale(from),
                displayName(from), Optional.empty());
        if (kind.get() == ChatKind.GROUP) {
            inbound = inGroup(inbound, message.getChat().getId(), from.getId());
        }
        return new TelegramEvent.Said(inbound, origin(message, kind.get(), from));
    }

    private String privateText(String text) {
        Matcher command = COMMAND.matcher(text);
        return command.find() ? commandText(command, text) : text;
    }

    private Optional<String> groupText(Message message, String text) {
        Matcher command = COMMAND.matcher(text);
        if (command.find()) {
            String addressee = command.group(2);
            boolean forUs = addressee == null
                    ? catalog.find(command.group(1)).isPresent()    // unaddressed commands may be another bot's
                    : addressee.equalsIgnoreCase(bot.username());
            return forUs ? Optional.of(commandText(command, text)) : Optional.empty();
        }
        boolean mentioned = mention.matcher(text).find();
        Message repliedTo = message.getReplyToMessage();
        boolean answersUs = repliedTo != null && repliedTo.getFrom() != null
                && repliedTo.getFrom().getId() != null && repliedTo.getFrom().getId() == bot.id();
        if (!mentioned && !answersUs) {
            return Optional.empty();
        }
        String stripped = mention.matcher(text).replaceAll("").replaceAll("[ \\t]{2,}", " ");
        return Optional.of(LEADING_JOINERS.matcher(stripped).replaceFirst("").strip());
    }

    private String commandText(Matcher command, String text) {
        String name = command.group(1).toLowerCase(Locale.ROOT);
        String canonical = catalog.find(name).map(CommandSpec::name).orElse(name);
        String rest = text.substring(command.end()).strip();
        return rest.isEmpty() ? "/" + canonical : "/" + canonical + " " + rest;
    }

    private TelegramEvent callback(CallbackQuery query) {
        User from = query.getFrom();
        MaybeInaccessibleMessage message = query.getMessage();
        String data = query.getData();
        Optional<ChatKind> kind = message == null ? Optional.empty() : kind(message.getChat());
        if (from == null || data == null || data.isEmpty() || kind.isEmpty()) {
            return new TelegramEvent.Unanswerable(query.getId());
        }
        TelegramEvent.PressedMessage pressed = null;
        Integer threadId = null;
        if (message instanceof Message shown) {
            if (shown.getText() != null) {
                pressed = new TelegramEvent.PressedMessage(shown.getMessageId(), shown.getText(),
                        label(shown.getReplyMarkup(), data));
            }
            threadId = shown.isTopicMessage() ? shown.getMessageThreadId() : null;
        }
        Inbound inbound = new Inbound(user(from), conversation(message.getChat()), "", clock.instant(),
                kind.get() == ChatKind.PRIVATE, locale(from), displayName(from), Optional.of(data));
        if (kind.get() == ChatKind.GROUP) {
            inbound = inbound.inSpace(Long.toString(message.getChat().getId()));
        }
        Origin origin = new Origin(message.getChat().getId(), kind.get(), from.getId(), message.getMessageId(), threadId);
        return new TelegramEvent.Pressed(inbound, origin, query.getId(), pressed);
    }

    /**
     * A group's inbound carries the group as its space; for an admin-only command Telegram is asked
     * whether the sender administers the group (only then, so ordinary chatter costs no call).
     */
    private Inbound inGroup(Inbound inbound, long chatId, long userId) {
        Inbound placed = inbound.inSpace(Long.toString(chatId));
        boolean adminCommand = CommandRouter.isCommand(placed.text())
                && catalog.find(CommandRouter.commandName(placed.text())).map(CommandSpec::adminOnly).orElse(false);
        return adminCommand && admins.isAdmin(chatId, userId) ? placed.asAdmin() : placed;
    }

    /** The group Hearth was removed from or left, from a my_chat_member update; empty for anything else. */
    static Optional<Long> departedGroup(Update update) {
        if (!update.hasMyChatMember()) {
            return Optional.empty();
        }
        ChatMemberUpdated change = update.getMyChatMember();
        Optional<ChatKind> kind = kind(change.getChat());
        String status = change.getNewChatMember() == null ? null : change.getNewChatMember().getStatus();
        boolean gone = "left".equals(status) || "kicked".equals(status);
        return kind.isPresent() && kind.get() == ChatKind.GROUP && gone
                ? Optional.of(change.getChat().getId()) : Optional.empty();
    }

    /** A member who left a group or was removed: who and from where. */
    record MemberDeparture(long chatId, long userId) {
    }

    /**
     * A person who left a group or was removed from it: from the group's service message, or from a
     * chat_member update (sent only while Hearth is an administrator there). Empty for anything else,
     * and for bots, including Hearth itself (that is {@link #departedGroup}).
     */
    static Optional<MemberDeparture> departedMember(Update update) {
        if (update.hasChatMember()) {
            ChatMemberUpdated change = update.getChatMember();
            String status = change.getNewChatMember() == null ? null : change.getNewChatMember().getStatus();
            User who = change.getNewChatMember() == null ? null : change.getNewChatMember().getUser();
            boolean gone = "left".equals(status) || "kicked".equals(status);
            return gone && kind(change.getChat()).orElse(null) == ChatKind.GROUP && who != null && !isBot(who)
                    ? Optional.of(new MemberDeparture(change.getChat().getId(), who.getId())) : Optional.empty();
        }
        Message message = update.hasMessage() ? update.getMessage() : null;
        if (message == null || message.getLeftChatMember() == null || isBot(message.getLeftChatMember())
                || kind(message.getChat()).orElse(null) != ChatKind.GROUP) {
            return Optional.empty();
        }
        return Optional.of(new MemberDeparture(message.getChat().getId(), message.getLeftChatMember().getId()));
    }

    private static boolean isBot(User user) {
        return Boolean.TRUE.equals(user.getIsBot());
    }

    private static TelegramEvent membership(ChatMemberUpdated change) {
        boolean privateChat = change.getChat() != null && Boolean.TRUE.equals(change.getChat().isUserChat());
        boolean kicked = change.getNewChatMember() != null && "kicked".equals(change.getNewChatMember().getStatus());
        if (privateChat && kicked) {
            return new TelegramEvent.Blocked(change.getChat().getId());
        }
        return new TelegramEvent.Ignored();
    }

    private static Origin origin(Message message, ChatKind kind, User from) {
        Integer threadId = message.isTopicMessage() ? message.getMessageThreadId() : null;
        return new Origin(message.getChat().getId(), kind, from.getId(), message.getMessageId(), threadId);
    }

    private static Optional<ChatKind> kind(Chat chat) {
        if (chat == null || chat.getId() == null) {
            return Optional.empty();
        }
        if (Boolean.TRUE.equals(chat.isUserChat())) {
            return Optional.of(ChatKind.PRIVATE);
        }
        if (Boolean.TRUE.equals(chat.isGroupChat()) || Boolean.TRUE.equals(chat.isSuperGroupChat())) {
            return Optional.of(ChatKind.GROUP);
        }
        return Optional.empty();    // channels: Hearth does not talk there
    }

    private static String label(InlineKeyboardMarkup markup, String data) {
        if (markup == null || markup.getKeyboard() == null) {
            return null;
        }
        for (InlineKeyboardRow row : markup.getKeyboard()) {
            for (InlineKeyboardButton button : row) {
                if (data.equals(button.getCallbackData())) {
                    return button.getText();
                }
            }
        }
        return null;
    }

    private static UserRef user(User from) {
        return new UserRef(TelegramPlatform.NAME, Long.toString(from.getId()));
    }

    private static ConversationRef conversation(Chat chat) {
        return new ConversationRef(TelegramPlatform.NAME, Long.toString(chat.getId()));
    }

    private static Locale locale(User from) {
        String code = from.getLanguageCode();
        return code == null || code.isBlank() ? Locale.ROOT : Locale.forLanguageTag(code);
    }

    private static String displayName(User from) {
        List<String> names = Stream.of(from.getFirstName(), from.getLastName())
                .filter(n -> n != null && !n.isBlank())
                .toList();
        return String.join(" ", names);
    }
}
