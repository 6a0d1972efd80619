package dev.hearth.platform.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Whether a person is an administrator (or the creator) of a group, asked of Telegram with
 * {@code getChatMember} and remembered briefly per group and person, so a burst of admin commands costs
 * one call. Any failure means "not an admin": admin commands are refused rather than opened up.
 */
final class GroupAdmins {
    /** How long an answer is remembered; a demoted admin keeps their rights at most this long. */
    static final Duration REMEMBER = Duration.ofMinutes(2);
    private static final int MAX_REMEMBERED = 10_000;
    private static final Logger log = LoggerFactory.getLogger(GroupAdmins.class);

    /** A check that says no to everyone, for an adapter built without a Bot API to ask. */
    static final GroupAdmins NOBODY = new GroupAdmins(null, Clock.systemUTC());

    private final BotApi api;
    private final Clock clock;
    private final Map<String, Remembered> answers = new ConcurrentHashMap<>();

    GroupAdmins(BotApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** True when Telegram says this person administers or created this group. */
    boolean isAdmin(long chatId, long userId) {
        if (api == null) {
            return false;
        }
        Instant now = clock.instant();
        String key = chatId + ":" + userId;
        Remembered known = answers.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.admin();
        }
        boolean admin = ask(chatId, userId);
        if (answers.size() >= MAX_REMEMBERED) {
            answers.clear();    // a crude bound; the cost is one more call per person
        }
        answers.put(key, new Remembered(admin, now.plus(REMEMBER)));
        return admin;
    }

    private boolean ask(long chatId, long userId) {
        try {
            ChatMember member = api.call(new GetChatMember(Long.toString(chatId), userId));
            String status = member == null ? null : member.getStatus();
            return "administrator".equals(status) || "creator".equals(status);
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("Could not ask Telegram about a group member's rights: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    private record Remembered(boolean admin, Instant until) {
    }
}
