package dev.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.Attachment;
import dev.hearth.core.Button;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import dev.hearth.core.outbox.OutboundMessage;
import dev.hearth.core.outbox.QueuedMessage;
import dev.hearth.core.outbox.Recipient;
import dev.hearth.core.person.DialogueState;
import dev.hearth.core.person.Person;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.safety.CrisisLevel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The outbox store")
class JdbiOutboxStoreTest {
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final Instant LATER = NOW.plus(Duration.ofHours(2));

    Database database;
    JdbiOutboxStore outbox;
    JdbiPersonStore people;
    final UserRef sam = new UserRef("telegram", "42");

    @BeforeEach
    void open() {
        database = Database.open(Database.memoryUrl("outbox-" + UUID.randomUUID()), "", 4);
        outbox = new JdbiOutboxStore(database);
        people = new JdbiPersonStore(database, 50, Clock.fixed(NOW, ZoneOffset.UTC));
        Person person = new Person(sam, "Sam", "", "", ZoneOffset.UTC, true, false, NOW, NOW);
        people.record(new TurnRecord(person, DialogueState.fresh(NOW), List.of(), List.of(), CrisisLevel.NONE));
    }

    @AfterEach
    void close() {
        database.close();
    }

    OutboundMessage toSam(String text) {
        return new OutboundMessage(new Recipient.Person(sam), Reply.text(text));
    }

    @Test
    @DisplayName("a stored message comes back whole: parts, buttons, attachment bytes, visibility and recipient")
    void roundTrip() {
        Reply reply = new Reply(List.of("How are you feeling today?", "Pick one."),
                List.of(new Button("mood:1", "Very low"), new Button("mood:5", "Great")),
                List.of(new Attachment("mood.png", "image/png", "PNG".getBytes(StandardCharsets.UTF_8))),
                dev.hearth.core.Visibility.PUBLIC);
        outbox.add(new OutboundMessage(new Recipient.Channel(new ConversationRef("telegram", "-100")), reply),
                NOW, LATER);

        QueuedMessage queued = outbox.lease("telegram", NOW, NOW.plusSeconds(60), 10).getFirst();

        assertThat(queued.message().recipient()).isEqualTo(new Recipient.Channel(new ConversationRef("telegram", "-100")));
        Reply back = queued.message().reply();
        assertThat(back.parts()).isEqualTo(reply.parts());
        assertThat(back.buttons()).isEqualTo(reply.buttons());
        assertThat(back.attachments().getFirst().content()).isEqualTo("PNG".getBytes(StandardCharsets.UTF_8));
        assertThat(back.visibility()).isEqualTo(reply.visibility());
        assertThat(queued.attempts()).isZero();
        assertThat(queued.expiresAt()).isEqualTo(LATER);
    }

    @Test
    @DisplayName("leases go oldest first, only to the platform asked, and never twice while the lease holds")
    void leasesInOrderOnce() {
        long first = outbox.add(toSam("one"), NOW, LATER);
        long second = outbox.add(toSam("two"), NOW, LATER);
        outbox.add(new OutboundMessage(new Recipient.Person(new UserRef("discord", "7")), Reply.text("elsewhere")),
                NOW, LATER);

        List<QueuedMessage> a = outbox.lease("telegram", NOW, NOW.plusSeconds(60), 1);
        List<QueuedMessage> b = outbox.lease("telegram", NOW, NOW.plusSeconds(60), 10);
        List<QueuedMessage> c = outbox.lease("telegram", NOW.plusSeconds(30), NOW.plusSeconds(90), 10);
        List<QueuedMessage> afterLease = outbox.lease("telegram", NOW.plusSeconds(60), NOW.plusSeconds(120), 10);

        assertThat(a).extracting(QueuedMessage::id).containsExactly(first);
        assertThat(b).extracting(QueuedMessage::id).containsExactly(second);
        assertThat(c).isEmpty();
        assertThat(afterLease).extracting(QueuedMessage::id).containsExactly(first, second);
        assertThat(outbox.waiting("telegram")).isEqualTo(2);
        assertThat(outbox.waiting("discord")).isEqualTo(1);
    }

    @Test
    @DisplayName("a retry counts the attempt and waits; a release makes it due at once; a removal is final")
    void retryReleaseRemove() {
        long retried = outbox.add(toSam("retried"), NOW, LATER);
        long released = outbox.add(toSam("released"), NOW, LATER);
        long removed = outbox.add(toSam("removed"), NOW, LATER);
        outbox.lease("telegram", NOW, NOW.plusSeconds(300), 10);

        outbox.retryAt(retried, NOW.plusSeconds(20));
        outbox.release(released);
        outbox.remove(removed);

        assertThat(outbox.lease("telegram", NOW.plusSeconds(1), NOW.plusSeconds(300), 10))
                .extracting(QueuedMessage::id).containsExactly(released);
        assertThat(outbox.lease("telegram", NOW.plusSeconds(20), NOW.plusSeconds(300), 10))
                .singleElement().satisfies(q -> {
                    assertThat(q.id()).isEqualTo(retried);
                    assertThat(q.attempts()).isEqualTo(1);
                });
        assertThat(outbox.waiting("telegram")).isEqualTo(2);
    }

    @Test
    @DisplayName("stale messages are removed and counted, but not while a process still holds them")
    void expiry() {
        long stale = outbox.add(toSam("stale"), NOW, NOW.plusSeconds(10));
        outbox.add(toSam("held"), NOW, NOW.plusSeconds(10));
        long fresh = outbox.add(toSam("fresh"), NOW, LATER);
        outbox.lease("telegram", NOW, NOW.plusSeconds(60), 10);
        outbox.release(stale);
        outbox.release(fresh);

        int first = outbox.removeExpired(NOW.plusSeconds(30));
        List<QueuedMessage> due = outbox.lease("telegram", NOW.plusSeconds(30), NOW.plusSeconds(40), 10);
        int second = outbox.removeExpired(NOW.plusSeconds(61));

        assertThat(first).isEqualTo(1);
        assertThat(due).extracting(q -> q.message().reply().parts().getFirst()).containsExactly("fresh");
        assertThat(second).isEqualTo(1);
        assertThat(outbox.waiting("telegram")).isEqualTo(1);
    }

    @Test
    @DisplayName("a row that cannot be read is deleted and does not block the messages behind it")
    void unreadableRow() {
        long bad = outbox.add(toSam("soon damaged"), NOW, LATER);
        outbox.add(toSam("fine"), NOW, LATER);
        database.jdbi().useHandle(h -> h.execute("UPDATE outbox SET body = '{\"parts\":[],\"visibility\":\"NEW\"}' "
                + "WHERE id = ?", bad));

        List<QueuedMessage> leased = outbox.lease("telegram", NOW, NOW.plusSeconds(60), 10);

        assertThat(leased).extracting(q -> q.message().reply().parts().getFirst()).containsExactly("fine");
        assertThat(outbox.waiting("telegram")).isEqualTo(1);
    }

    @Test
    @DisplayName("extending leases keeps messages from other processes; postponing makes one due later without an attempt")
    void extendAndPostpone() {
        long held = outbox.add(toSam("held"), NOW, LATER);
        long postponed = outbox.add(toSam("postponed"), NOW, LATER);
        outbox.lease("telegram", NOW, NOW.plusSeconds(60), 10);

        outbox.extendLeases(List.of(held), NOW.plusSeconds(600));
        outbox.postpone(postponed, NOW.plusSeconds(120));

        assertThat(outbox.lease("telegram", NOW.plusSeconds(100), NOW.plusSeconds(200), 10)).isEmpty();
        assertThat(outbox.lease("telegram", NOW.plusSeconds(120), NOW.plusSeconds(200), 10))
                .singleElement().satisfies(q -> {
                    assertThat(q.id()).isEqualTo(postponed);
                    assertThat(q.attempts()).isZero();
                });
    }

    @Test
    @DisplayName("a person's waiting messages are in their export and go with /forget; channel posts stay")
    void exportAndForget() {
        outbox.add(toSam("How did the walk go?"), NOW, LATER);
        outbox.add(new OutboundMessage(new Recipient.Channel(new ConversationRef("telegram", "-100")),
                Reply.text("Group check-in").asPublic()), NOW, LATER);

        String export = new String(people.exportJson(sam), StandardCharsets.UTF_8);
        people.forget(sam);

        assertThat(export).contains("outbox").contains("How did the walk go?");
        assertThat(outbox.waiting("telegram")).isEqualTo(1);
        assertThat(outbox.lease("telegram", NOW, NOW.plusSeconds(60), 10))
                .extracting(q -> q.message().recipient()).containsExactly(
                        new Recipient.Channel(new ConversationRef("telegram", "-100")));
    }
}
