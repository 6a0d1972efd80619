package dev.hearth.platform.telegram;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.SpaceDepartures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * Handles each batch of updates from the long poll. Chats are handled side by side, each chat's updates
 * in order, and the batch returns only when every turn has been handled and its replies queued: the
 * library asks for the next batch, which acknowledges this one to Telegram, only after that, so a crash
 * mid-turn does not lose a message. An update id seen before is skipped.
 *
 * <p>Never throws: an exception here would silently end the library's polling task.
 */
final class UpdateHandler implements LongPollingUpdateConsumer {
    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

    private final UpdateTranslator translator;
    private final Conversations conversations;
    private final TurnDelivery delivery;
    private final BotApi api;
    private final TypingIndicator typing;
    private final UnreachableListener listener;
    private final ExecutorService turns;
    private final Duration turnTimeout;
    private final RecentIds<Integer> seenUpdates;
    private final RecentIds<String> answeredKeyboards;
    private final SpaceDepartures departures;
    private volatile boolean open = true;

    UpdateHandler(UpdateTranslator translator, Conversations conversations, TurnDelivery delivery, BotApi api,
                  TypingIndicator typing, UnreachableListener listener, ExecutorService turns, TelegramTuning tuning) {
        this(translator, conversations, delivery, api, typing, listener, turns, tuning, SpaceDepartures.NONE);
    }

    /** @param departures told when Hearth is removed from a group or leaves it, so its check-in data goes */
    UpdateHandler(UpdateTranslator translator, Conversations conversations, TurnDelivery delivery, BotApi api,
                  TypingIndicator typing, UnreachableListener listener, ExecutorService turns, TelegramTuning tuning,
                  SpaceDepartures departures) {
        this.departures = departures;
        this.translator = translator;
        this.conversations = conversations;
        this.delivery = delivery;
        this.api = api;
        this.typing = typing;
        this.listener = listener;
        this.turns = turns;
        this.turnTimeout = tuning.turnTimeout();
        this.seenUpdates = new RecentIds<>(tuning.recentUpdates());
        this.answeredKeyboards = new RecentIds<>(tuning.recentUpdates());
    }

    /**
     * Stops taking updates; those not yet handled stay unacknowledged and come again after a restart.
     * The library calls this when polling is closed.
     */
    @Override
    public void close() {
        open = false;
    }

    @Override
    public void consume(List<Update> updates) {
        try {
            Map<Long, List<Update>> byChat = new LinkedHashMap<>();
            for (Update update : updates) {
                byChat.computeIfAbsent(chatOf(update), chat -> new ArrayList<>()).add(update);
            }
            List<Future<?>> running = new ArrayList<>();
            for (List<Update> chatUpdates : byChat.values()) {
                running.add(turns.submit(() -> chatUpdates.forEach(this::handle)));
            }
            awaitAll(running);
        } catch (RejectedExecutionException stopping) {
            log.debug("Telegram updates arrived while stopping; they will come again");
        } catch (RuntimeException e) {
            log.warn("A batch of Telegram updates failed: {}", e.getClass().getSimpleName());
            log.debug("Telegram batch failure", e);
        }
    }

    /** Handles one update to the end: the turn, then its replies queued. */
    void handle(Update update) {
        if (!open || update.getUpdateId() == null || !seenUpdates.firstTime(update.getUpdateId())) {
            return;
        }
        try {
            Optional<Long> departed = UpdateTranslator.departedGroup(update);
            if (departed.isPresent()) {
                departures.left(TelegramPlatform.NAME, Long.toString(departed.get()));
                return;
            }
            Optional<UpdateTranslator.MemberDeparture> member = UpdateTranslator.departedMember(update);
            if (member.isPresent()) {
                departures.memberLeft(Long.toString(member.get().chatId()),
                        new UserRef(TelegramPlatform.NAME, Long.toString(member.get().userId())));
                return;
            }
            switch (translator.translate(update)) {
                case TelegramEvent.Said said -> converse(said.inbound(), said.origin(), true);
                case TelegramEvent.Pressed pressed -> press(pressed);
                case TelegramEvent.Unanswerable button -> api.callQuietly(new AnswerCallbackQuery(button.callbackId()));
                case TelegramEvent.Blocked blocked -> tellBlocked(blocked.userId());
                case TelegramEvent.Ignored ignored -> { }
            }
        } catch (RuntimeException e) {
            // One bad turn must not hold up the others; user text stays out of the log.
            log.warn("A Telegram update could not be handled: {}", e.getClass().getSimpleName());
            log.debug("Telegram update failure", e);
        }
    }

    private void press(TelegramEvent.Pressed pressed) {
        Origin origin = pressed.origin();
        if (origin.kind() == ChatKind.GROUP) {
            pressInGroup(pressed);
            return;
        }
        api.callQuietly(new AnswerCallbackQuery(pressed.callbackId()));
        if (origin.kind() == ChatKind.PRIVATE) {
            // One choice per keyboard; in a group everyone may answer the same one.
            if (!answeredKeyboards.firstTime(origin.chatId() + ":" + origin.messageId())) {
                return;
            }
            if (pressed.message() != null) {
                delivery.closeKeyboard(origin, pressed.message());
            }
        }
        converse(pressed.inbound(), origin, false);
    }

    /**
     * A button under a group message (a group check-in): everyone may press it, and the answer is the
     * presser's alone, shown on the callback and, when it does not fit there, in their private chat.
     */
    private void pressInGroup(TelegramEvent.Pressed pressed) {
        TurnResult result;
        try {
            result = conversations.handle(pressed.inbound());
        } catch (RuntimeException e) {
            api.callQuietly(new AnswerCallbackQuery(pressed.callbackId()));    // never leave the button spinning
            throw e;
        }
        api.callQuietly(GroupPressAnswer.callback(pressed.callbackId(), result));
        delivery.deliver(GroupPressAnswer.rest(result), pressed.origin());
    }

    private void converse(Inbound inbound, Origin origin, boolean showTyping) {
        TurnResult result;
        if (showTyping) {
            TypingIndicator.Typing shown = typing.start(origin.here());
            try {
                result = conversations.handle(inbound);
            } finally {
                shown.close();
            }
        } else {
            result = conversations.handle(inbound);
        }
        delivery.deliver(result, origin);
    }

    private void tellBlocked(long userId) {
        String id = Long.toString(userId);
        try {
            listener.unreachable(new Unreachable(new ConversationRef(TelegramPlatform.NAME, id),
                    Optional.of(new UserRef(TelegramPlatform.NAME, id)), Unreachable.Reason.BLOCKED));
        } catch (RuntimeException e) {
            log.warn("The unreachable listener failed: {}", e.getClass().getSimpleName());
        }
    }

    private void awaitAll(List<Future<?>> running) {
        long deadline = System.nanoTime() + turnTimeout.toNanos();
        for (Future<?> future : running) {
            try {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                log.warn("Telegram turns took longer than {} s; polling goes on", turnTimeout.toSeconds());
                return;
            } catch (ExecutionException e) {
                log.debug("Telegram turn failure", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long chatOf(Update update) {
        if (update.hasMessage() && update.getMessage().getChatId() != null) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery()) {
            MaybeInaccessibleMessage message = update.getCallbackQuery().getMessage();
            if (message != null && message.getChatId() != null) {
                return message.getChatId();
            }
        }
        if (update.hasMyChatMember() && update.getMyChatMember().getChat() != null) {
            return update.getMyChatMember().getChat().getId();
        }
        // A member leaving is ordered with their presses in that group, so no answer lands after the deletion.
        if (update.hasChatMember() && update.getChatMember().getChat() != null) {
            return update.getChatMember().getChat().getId();
        }
        return 0L;
    }
}
