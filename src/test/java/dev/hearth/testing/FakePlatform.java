package dev.hearth.testing;

import dev.hearth.core.Analysis;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A first-class fake platform for core tests, after Errbot's test backend: messages go in as a person
 * would send them, replies come out in a queue, and the clock moves as the test says. No mocks.
 */
public final class FakePlatform {
    private final Conversations conversations;
    private final Deque<Reply> outbox = new ArrayDeque<>();
    private final List<TurnResult> turns = new ArrayList<>();
    private Instant now;

    public FakePlatform(Conversations conversations, Instant start) {
        this.conversations = conversations;
        this.now = start;
    }

    /** A person on this platform, talking in their private chat. */
    public Person person(String id) {
        return new Person(new UserRef("fake", id), new ConversationRef("fake", "dm-" + id));
    }

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public Instant now() {
        return now;
    }

    /** Every reply sent so far that nobody has taken yet, oldest first. */
    public List<Reply> drain() {
        List<Reply> all = new ArrayList<>(outbox);
        outbox.clear();
        return all;
    }

    /** Every turn's result, in order. */
    public List<TurnResult> turns() {
        return turns;
    }

    /** Someone talking to Hearth through this platform. */
    public final class Person {
        private final UserRef user;
        private final ConversationRef dm;

        private Person(UserRef user, ConversationRef dm) {
            this.user = user;
            this.dm = dm;
        }

        public UserRef user() {
            return user;
        }

        /** Says something in private; a minute passes first, as in a real chat. */
        public TurnResult says(String text) {
            advance(Duration.ofMinutes(1));
            return deliver(Inbound.privateMessage(user, dm, text, now));
        }

        /** Says something in a shared channel, mentioning Hearth. */
        public TurnResult saysInChannel(ConversationRef channel, String text) {
            advance(Duration.ofMinutes(1));
            return deliver(Inbound.privateMessage(user, channel, text, now).inPublic());
        }

        /** Presses a button. */
        public TurnResult presses(String buttonId) {
            advance(Duration.ofSeconds(10));
            return deliver(Inbound.privateMessage(user, dm, "", now).withAction(buttonId));
        }

        /** The analysis of this person's last turn. */
        public Analysis lastAnalysis() {
            return turns.get(turns.size() - 1).analysis();
        }

        private TurnResult deliver(Inbound inbound) {
            TurnResult result = conversations.handle(inbound);
            turns.add(result);
            outbox.addAll(result.replies());
            return result;
        }
    }
}
