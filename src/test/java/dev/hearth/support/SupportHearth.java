package dev.hearth.support;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import dev.hearth.app.CheckinModule;
import dev.hearth.app.CoreModule;
import dev.hearth.app.EmotionModule;
import dev.hearth.app.SafetyModule;
import dev.hearth.app.OutboxModule;
import dev.hearth.app.ServerCheckinModule;
import dev.hearth.app.StoreModule;
import dev.hearth.config.ConfigLoader;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import dev.hearth.core.support.SupportSetting;
import dev.hearth.core.support.SupportStore;
import dev.hearth.core.support.SupportTeams;
import dev.hearth.store.Database;
import dev.hearth.testing.SharedEncoder;
import dev.hearth.testing.TestHearth;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hearth as production wires it (the same modules as {@link TestHearth}), on a private in-memory database,
 * with a fake platform whose support teams are a {@link RecordingTeams}. A server ("700000000000000007", channel
 * "general") where members speak as an adapter would make their inbounds, and their private chats.
 */
final class SupportHearth implements AutoCloseable {
    static final String SPACE = "700000000000000007";
    static final ConversationRef CHANNEL = new ConversationRef("fake", "general");

    final RecordingTeams teams;
    private final Injector injector;
    private Instant now = TestHearth.START;

    SupportHearth(SupportTeams.Kind kind) {
        teams = new RecordingTeams(kind);
        HearthConfig config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath()).load();
        injector = Guice.createInjector(new CoreModule(config, Clock.fixed(TestHearth.START, ZoneOffset.UTC)),
                new dev.hearth.app.SemanticModule(SharedEncoder.get()),
                new StoreModule(Database.memoryUrl("support-" + UUID.randomUUID())), new EmotionModule(),
                new SafetyModule(), new OutboxModule(), new CheckinModule(), new ServerCheckinModule(), new AbstractModule() {
                    @Override
                    protected void configure() {
                        Multibinder.newSetBinder(binder(), SupportTeams.class).addBinding().toInstance(teams);
                    }
                });
    }

    UserRef member(String id) {
        return new UserRef("fake", id);
    }

    /** Someone writes in the server channel, mentioning Hearth. */
    TurnResult saysInChannel(UserRef who, String text) {
        return handle(channelInbound(who, text));
    }

    /** An admin (Manage Server, or a group administrator) writes in the server channel. */
    TurnResult adminSays(UserRef who, String text) {
        return handle(channelInbound(who, text).asAdmin());
    }

    /** Someone writes in their private chat with Hearth. */
    TurnResult saysPrivately(UserRef who, String text) {
        return handle(Inbound.privateMessage(who, dm(who), text, tick(Duration.ofMinutes(1))));
    }

    /** Someone presses a button in their private chat with Hearth, where the offer is made. */
    TurnResult presses(UserRef who, String buttonId) {
        return handle(Inbound.privateMessage(who, dm(who), "", tick(Duration.ofSeconds(10))).withAction(buttonId));
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    Optional<SupportSetting> setting() {
        return get(SupportStore.class).setting("fake", SPACE);
    }

    long count(String sql) {
        return get(Database.class).jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** What the adapters call when Hearth leaves a server, besides check-ins' own departure. */
    <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    private Inbound channelInbound(UserRef who, String text) {
        return new Inbound(who, CHANNEL, text, tick(Duration.ofMinutes(1)), false, null, "Member " + who.id(),
                Optional.empty()).inSpace(SPACE);
    }

    private static ConversationRef dm(UserRef who) {
        return new ConversationRef("fake", "dm-" + who.id());
    }

    private Instant tick(Duration step) {
        now = now.plus(step);
        return now;
    }

    private TurnResult handle(Inbound inbound) {
        return get(Conversations.class).handle(inbound);
    }

    @Override
    public void close() {
        get(Database.class).close();
    }

    /** The fake platform's support teams: remembers every notification, and can be made unreachable. */
    static final class RecordingTeams implements SupportTeams {
        record Notice(SupportSetting setting, UserRef person) {
        }

        final List<Notice> notices = new ArrayList<>();
        private final Kind kind;
        volatile Delivery answer = Delivery.SENT;

        RecordingTeams(Kind kind) {
            this.kind = kind;
        }

        @Override
        public String platform() {
            return "fake";
        }

        @Override
        public Kind kind() {
            return kind;
        }

        @Override
        public synchronized Delivery notify(SupportSetting setting, UserRef person) {
            notices.add(new Notice(setting, person));
            return answer;
        }
    }
}
