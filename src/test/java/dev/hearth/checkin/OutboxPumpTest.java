package dev.hearth.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import dev.hearth.core.outbox.Courier;
import dev.hearth.core.outbox.Delivery;
import dev.hearth.core.outbox.DurableOutbox;
import dev.hearth.core.outbox.OutboundMessage;
import dev.hearth.core.outbox.OutboxPump;
import dev.hearth.core.outbox.Recipient;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiOutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The durable outbox and its pump")
class OutboxPumpTest {
    Database database;
    JdbiOutboxStore store;
    MutableClock clock;
    FakeCourier courier;
    DurableOutbox outbox;
    OutboxPump pump;

    @BeforeEach
    void open() {
        database = Database.open(Database.memoryUrl("outbox-" + UUID.randomUUID()), "", 4);
        store = new JdbiOutboxStore(database);
        clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
        courier = new FakeCourier("fake", clock);
        outbox = new DurableOutbox("fake", store, clock);
        pump = new OutboxPump(store, Set.of(courier), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    void queue(int count) {
        IntStream.range(0, count).forEach(i -> outbox.sendPrivately(new UserRef("fake", "p" + i), Reply.text("Hi")));
    }

    static List<String> ids(List<FakeCourier.Sent> sent) {
        return sent.stream().map(s -> s.message().recipient().id()).toList();
    }

    static List<String> expectedIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> "p" + i).toList();
    }

    static List<String> concat(List<String> first, List<String> then) {
        return java.util.stream.Stream.concat(first.stream(), then.stream()).toList();
    }

    @Test
    @DisplayName("messages reach the platform in the order they were queued and then leave the store")
    void inOrder() {
        queue(3);
        outbox.sendToChannel(new ConversationRef("fake", "channel-1"), Reply.text("Morning check-in").asPublic());

        pump.pump();
        courier.sendAll();

        assertThat(courier.delivered()).extracting(s -> s.message().recipient().id())
                .containsExactly("p0", "p1", "p2", "channel-1");
        assertThat(courier.delivered().getLast().message().recipient()).isInstanceOf(Recipient.Channel.class);
        assertThat(store.waiting("fake")).isZero();
    }

    @Test
    @DisplayName("nothing leaves before the pump, and nothing is lost while a slow platform holds messages")
    void slowPlatform() {
        queue(100);
        assertThat(store.waiting("fake")).isEqualTo(100);

        pump.pump();
        pump.pump();
        assertThat(courier.waiting()).isEqualTo(OutboxPump.IN_FLIGHT);
        courier.sendUpTo(10);
        pump.pump();

        assertThat(courier.waiting()).isEqualTo(OutboxPump.IN_FLIGHT);
        assertThat(store.waiting("fake")).isEqualTo(90);
        courier.sendAll();
        pump.pump();
        courier.sendAll();
        assertThat(ids(courier.delivered())).isEqualTo(expectedIds(100));
        assertThat(store.waiting("fake")).isZero();
    }

    @Test
    @DisplayName("a failure that may pass is tried again after a doubling pause, and given up after the last attempt")
    void retries() {
        courier.answering(message -> Delivery.RETRY);
        queue(1);
        List<Instant> attempts = new java.util.ArrayList<>();

        for (int second = 0; second < 3_600; second++) {
            pump.pump();
            if (courier.sendAll() > 0) {
                attempts.add(clock.instant());
            }
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(attempts).hasSize(OutboxPump.MAX_ATTEMPTS);
        assertThat(Duration.between(attempts.get(0), attempts.get(1))).isEqualTo(Duration.ofSeconds(10));
        assertThat(Duration.between(attempts.get(1), attempts.get(2))).isEqualTo(Duration.ofSeconds(20));
        assertThat(Duration.between(attempts.get(2), attempts.get(3))).isEqualTo(Duration.ofSeconds(40));
        assertThat(store.waiting("fake")).isZero();
    }

    @Test
    @DisplayName("a person who cannot be reached, or a refusal for good, is not tried again")
    void notRetried() {
        courier.answering(message -> message.recipient() instanceof Recipient.Person ? Delivery.UNREACHABLE
                : Delivery.FAILED);
        queue(1);
        outbox.sendToChannel(new ConversationRef("fake", "gone"), Reply.text("Check-in").asPublic());

        for (int minute = 0; minute < 60; minute++) {
            pump.pump();
            courier.sendAll();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(courier.attempts()).hasSize(2);
        assertThat(store.waiting("fake")).isZero();
    }

    @Test
    @DisplayName("a message that could not leave within two hours is dropped, not sent hours late")
    void stale() {
        queue(2);
        clock.advance(DurableOutbox.FRESH_FOR.plusSeconds(1));

        OutboxPump.Report report = pump.pump();

        assertThat(report.expired()).isEqualTo(2);
        assertThat(report.handed()).isZero();
        assertThat(courier.waiting()).isZero();
        assertThat(store.waiting("fake")).isZero();
    }

    @Test
    @DisplayName("a courier that throws does not lose the message: it is tried again")
    void throwingCourier() {
        Courier broken = new Courier() {
            @Override
            public String platform() {
                return "fake";
            }

            @Override
            public CompletionStage<Delivery> deliver(OutboundMessage message) {
                throw new IllegalStateException("bug in an adapter");
            }
        };
        queue(1);

        new OutboxPump(store, Set.of(broken), clock).pump();
        clock.advance(Duration.ofSeconds(10));
        pump.pump();
        courier.sendAll();

        assertThat(ids(courier.delivered())).containsExactly("p0");
        assertThat(store.waiting("fake")).isZero();
    }

    @Test
    @DisplayName("a message for another process is left to it: due again shortly, no attempt counted")
    void elsewhere() {
        courier.answering(message -> Delivery.ELSEWHERE);
        queue(1);

        for (int second = 0; second < 600; second++) {
            pump.pump();
            courier.sendAll();
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(courier.attempts()).hasSizeGreaterThan(OutboxPump.MAX_ATTEMPTS);
        assertThat(store.waiting("fake")).isEqualTo(1);
    }

    @Test
    @DisplayName("a message a courier holds longer than a lease stays this process's, so another never sends it too")
    void longHoldKeepsLease() {
        FakeCourier other = new FakeCourier("fake", clock);
        OutboxPump otherPump = new OutboxPump(store, Set.of(other), clock);
        queue(1);

        pump.pump();    // handed; the platform waits out a long rate limit
        for (int minute = 0; minute < 12; minute++) {
            clock.advance(Duration.ofMinutes(1));
            pump.pump();
            otherPump.pump();
        }
        courier.sendAll();

        assertThat(ids(courier.delivered())).containsExactly("p0");
        assertThat(other.attempts()).isEmpty();
        assertThat(store.waiting("fake")).isZero();
    }

    @Test
    @DisplayName("at shutdown, outcomes still arriving are recorded and the rest is released for the next start")
    void finishAtShutdown() {
        queue(3);
        pump.pump();
        courier.sendUpTo(1);

        pump.finish(Duration.ofMillis(50));
        FakeCourier next = new FakeCourier("fake", clock);
        new OutboxPump(store, Set.of(next), clock).pump();
        next.sendAll();

        assertThat(ids(courier.delivered())).containsExactly("p0");
        assertThat(ids(next.delivered())).containsExactly("p1", "p2");
    }

    @Test
    @DisplayName("two processes on one database never take the same message")
    void twoProcesses() {
        FakeCourier other = new FakeCourier("fake", clock);
        OutboxPump otherPump = new OutboxPump(store, Set.of(other), clock);
        queue(100);

        pump.pump();
        otherPump.pump();
        courier.sendAll();
        other.sendAll();

        assertThat(ids(courier.delivered())).isEqualTo(expectedIds(100).subList(0, OutboxPump.IN_FLIGHT));
        assertThat(ids(other.delivered())).isEqualTo(expectedIds(100).subList(OutboxPump.IN_FLIGHT, 100));
    }

    @Test
    @DisplayName("after a stop, the next start sends what was not sent, each once and in order")
    void restartAfterStop() {
        queue(200);
        pump.pump();
        courier.sendUpTo(30);

        pump.releaseUnsettled();    // the platform stopped with 34 messages still in its queue
        FakeCourier next = new FakeCourier("fake", clock);
        OutboxPump restarted = new OutboxPump(store, Set.of(next), clock);
        for (int round = 0; round < 10; round++) {
            restarted.pump();
            next.sendAll();
        }

        assertThat(ids(courier.delivered())).isEqualTo(expectedIds(30));
        assertThat(ids(next.delivered())).isEqualTo(expectedIds(200).subList(30, 200));
        assertThat(store.waiting("fake")).isZero();
    }

    @Test
    @DisplayName("after a crash, what was in flight is sent once its lease ends; nothing is lost or sent twice")
    void restartAfterCrash() {
        queue(200);
        pump.pump();
        courier.sendUpTo(30);    // then the process dies: 34 leased messages were never sent
        FakeCourier next = new FakeCourier("fake", clock);
        OutboxPump restarted = new OutboxPump(store, Set.of(next), clock);

        for (int second = 0; second <= OutboxPump.LEASE.toSeconds(); second++) {
            restarted.pump();
            next.sendAll();
            clock.advance(Duration.ofSeconds(1));
        }

        List<String> all = new java.util.ArrayList<>(ids(courier.delivered()));
        all.addAll(ids(next.delivered()));
        assertThat(all).hasSize(200).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedIds(200));
        assertThat(ids(next.delivered())).isEqualTo(concat(expectedIds(200).subList(64, 200), expectedIds(200).subList(30, 64)));
        assertThat(store.waiting("fake")).isZero();
    }
}
