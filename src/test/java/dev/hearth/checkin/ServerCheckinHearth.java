package dev.hearth.checkin;

import dev.hearth.app.CheckinModule;
import dev.hearth.app.ServerCheckinModule;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.Outbox;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.CheckinScheduler;
import dev.hearth.core.checkin.CheckinStore;
import dev.hearth.core.checkin.ServerCheckinPoster;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.store.Database;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hearth as production wires it plus {@link CheckinModule} and {@link ServerCheckinModule}, on a private
 * in-memory database, with a server ("guild-1", channel "general") on the fake platform. Members speak
 * there through the same {@link Conversations} the {@link FakePlatform} uses, as inbounds an adapter
 * would make ({@code inSpace}, {@code asAdmin}); the scheduler posts through a {@link ChannelOutbox}.
 */
final class ServerCheckinHearth implements AutoCloseable {
    static final String SPACE = "guild-1";
    static final ConversationRef CHANNEL = new ConversationRef("fake", "general");

    private final TestHearth hearth = TestHearth.create();
    final MutableClock clock = new MutableClock(TestHearth.START);
    final ChannelOutbox outbox = new ChannelOutbox();

    FakePlatform platform() {
        return hearth.platform();
    }

    <T> T get(Class<T> type) {
        return hearth.get(type);
    }

    /** A scheduler over this Hearth's store, as another process on the same database would run one. */
    CheckinScheduler scheduler() {
        return new CheckinScheduler(get(CheckinStore.class), Set.of(outbox), get(PhraseBook.class), clock,
                Optional.of(get(ServerCheckinPoster.class)));
    }

    /** Someone in the server, by id. */
    UserRef member(String id) {
        return new UserRef("fake", id);
    }

    /** A member writes in the server channel; the time is the test clock's. */
    TurnResult says(UserRef who, String text, boolean admin) {
        Inbound inbound = new Inbound(who, CHANNEL, text, clock.instant(), false, null, "Member " + who.id(),
                Optional.empty()).inSpace(SPACE);
        return get(Conversations.class).handle(admin ? inbound.asAdmin() : inbound);
    }

    /** A member presses a button under a post in the server channel. */
    TurnResult presses(UserRef who, String buttonId) {
        Inbound inbound = new Inbound(who, CHANNEL, "", clock.instant(), false, null, "Member " + who.id(),
                Optional.empty()).inSpace(SPACE).withAction(buttonId);
        return get(Conversations.class).handle(inbound);
    }

    long count(String sql) {
        return get(Database.class).jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        hearth.close();
    }

    /** An outbox that keeps what was posted to channels; private sends are kept apart. */
    static final class ChannelOutbox implements Outbox {
        record Post(ConversationRef channel, Reply reply) {
        }

        final List<Post> posts = new ArrayList<>();
        final List<Reply> privately = new ArrayList<>();

        @Override
        public String platform() {
            return "fake";
        }

        @Override
        public synchronized void sendPrivately(UserRef person, Reply reply) {
            privately.add(reply);
        }

        @Override
        public synchronized void sendToChannel(ConversationRef channel, Reply reply) {
            posts.add(new Post(channel, reply));
        }
    }
}
