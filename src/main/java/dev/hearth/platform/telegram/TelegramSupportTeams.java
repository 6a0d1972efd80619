package dev.hearth.platform.telegram;

import dev.hearth.core.UserRef;
import dev.hearth.core.support.SupportSetting;
import dev.hearth.core.support.SupportTeams;
import dev.hearth.platform.SupportLines;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Tells a group's support team on Telegram, which has no roles: each administrator of the group (from
 * {@code getChatAdministrators}, bots and the person themselves left out) gets one private message naming the
 * person and the group, then Hearth's own line from {@code support.team.private}; plain text, nothing of what
 * the person said, no crisis level. Bots cannot write first, so an admin who never opened a private chat with
 * Hearth refuses it (403) and is skipped quietly. The team counts as told when at least one admin got it.
 * Blocking: called from the person's own turn.
 */
final class TelegramSupportTeams implements SupportTeams {
    static final String LINE = "support.team.private";
    private static final Logger log = LoggerFactory.getLogger(TelegramSupportTeams.class);

    private static final Duration SEND_WAIT = Duration.ofSeconds(15);

    private final BotApi api;
    private final SendQueue queue;
    private final List<String> lines;
    private final RandomGenerator random;

    /** Asks Telegram directly about the group; sends through the connection's queue, within its limits. */
    TelegramSupportTeams(TelegramConnection connection, List<String> lines, RandomGenerator random) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("No variants for " + LINE + ".");
        }
        this.api = connection.api();
        this.queue = connection.queue();
        this.lines = List.copyOf(lines);
        this.random = random;
    }

    /** The lines of {@code support.yaml}. */
    static List<String> loadLines() {
        return SupportLines.load(LINE);
    }

    @Override
    public String platform() {
        return TelegramPlatform.NAME;
    }

    @Override
    public Kind kind() {
        return Kind.GROUP_ADMINS;
    }

    @Override
    public Delivery notify(SupportSetting setting, UserRef person) {
        if (!TelegramPlatform.NAME.equals(setting.platform()) || !TelegramPlatform.NAME.equals(person.platform())) {
            return Delivery.UNREACHABLE;
        }
        long personId;
        List<ChatMember> admins;
        String name;
        try {
            personId = Long.parseLong(person.id());
            admins = api.call(new GetChatAdministrators(setting.space()));
            name = describe(api.call(new GetChatMember(setting.space(), personId)).getUser());
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("A group's support team could not be told: {}", e.getClass().getSimpleName());
            return Delivery.UNREACHABLE;
        }
        String text = name + groupTitle(setting.space()) + " " + lines.get(random.nextInt(lines.size()));
        List<CompletableFuture<dev.hearth.core.outbox.Delivery>> sends = new ArrayList<>();
        for (ChatMember admin : admins == null ? List.<ChatMember>of() : admins) {
            User user = admin.getUser();
            if (user == null || Boolean.TRUE.equals(user.getIsBot()) || user.getId() == personId) {
                continue;
            }
            sends.add(send(user.getId(), text));
        }
        int told = 0;
        for (CompletableFuture<dev.hearth.core.outbox.Delivery> send : sends) {
            told += sent(send) ? 1 : 0;
        }
        if (told == 0) {
            log.warn("A group's support team could not be told: no administrator has a private chat with Hearth");
        }
        return told > 0 ? Delivery.SENT : Delivery.UNREACHABLE;
    }

    // Through the send queue, so its rate limits and 429 waits apply; a 403 (no private chat) ends that one.
    private CompletableFuture<dev.hearth.core.outbox.Delivery> send(long adminId, String text) {
        SendMessage message = SendMessage.builder().chatId(Long.toString(adminId)).text(text).build();
        return queue.enqueueTracked(List.of(new Outgoing(Target.privateChat(adminId), SendMessage.PATH,
                bot -> bot.call(message))));
    }

    private static boolean sent(CompletableFuture<dev.hearth.core.outbox.Delivery> send) {
        try {
            dev.hearth.core.outbox.Delivery outcome = send.get(SEND_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (outcome == dev.hearth.core.outbox.Delivery.UNREACHABLE) {
                log.debug("A group administrator has no private chat with Hearth; skipped");
            }
            return outcome == dev.hearth.core.outbox.Delivery.SENT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("A message to a group administrator did not go: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    /** The person as admins can find them: their name, and their @username when they have one. */
    private static String describe(User user) {
        String name = (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return user.getUserName() == null || user.getUserName().isBlank() ? name : name + " (@" + user.getUserName() + ")";
    }

    /** " in “Title”", or nothing when Telegram will not say. */
    private String groupTitle(String chatId) {
        try {
            ChatFullInfo chat = api.call(new GetChat(chatId));
            return chat == null || chat.getTitle() == null || chat.getTitle().isBlank() ? ""
                    : " in “" + chat.getTitle() + "”";
        } catch (TelegramApiException | RuntimeException e) {
            return "";
        }
    }
}
