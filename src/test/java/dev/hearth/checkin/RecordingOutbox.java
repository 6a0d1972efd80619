package dev.hearth.checkin;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Outbox;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An outbox that keeps what it was asked to send, and when by the test's clock. */
final class RecordingOutbox implements Outbox {
    record Sent(UserRef person, Reply reply, Instant at) {
    }

    private final String platform;
    private final Clock clock;
    private final List<Sent> sent = new ArrayList<>();

    RecordingOutbox(String platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public synchronized void sendPrivately(UserRef person, Reply reply) {
        sent.add(new Sent(person, reply, clock.instant()));
    }

    @Override
    public void sendToChannel(ConversationRef channel, Reply reply) {
        throw new AssertionError("personal check-ins never go to a channel");
    }

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    synchronized List<Sent> drain() {
        List<Sent> all = List.copyOf(sent);
        sent.clear();
        return all;
    }
}
