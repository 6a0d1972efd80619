package dev.hearth.wellbeing;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import dev.hearth.app.CheckinModule;
import dev.hearth.app.CoreModule;
import dev.hearth.app.EmotionModule;
import dev.hearth.app.OutboxModule;
import dev.hearth.app.SafetyModule;
import dev.hearth.app.ServerCheckinModule;
import dev.hearth.app.StoreModule;
import dev.hearth.config.ConfigLoader;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.Conversations;
import dev.hearth.core.outbox.Courier;
import dev.hearth.core.outbox.Delivery;
import dev.hearth.store.Database;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Hearth wired as in production, on a private in-memory database, with a courier for the fake
 * platform so that its outbox exists (timed breathing steps are stored in it; nothing pumps them).
 */
final class WellbeingHearth implements AutoCloseable {
    private final Injector injector;
    private final FakePlatform platform;

    WellbeingHearth() {
        HearthConfig config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath()).load();
        Clock clock = Clock.fixed(TestHearth.START, ZoneOffset.UTC);
        Courier courier = new Courier() {
            @Override
            public String platform() {
                return "fake";
            }

            @Override
            public java.util.concurrent.CompletionStage<Delivery> deliver(dev.hearth.core.outbox.OutboundMessage m) {
                return CompletableFuture.failedFuture(new AssertionError("nothing is pumped in these tests"));
            }
        };
        injector = Guice.createInjector(new CoreModule(config, clock),
                new StoreModule(Database.memoryUrl("wellbeing-" + UUID.randomUUID())), new EmotionModule(),
                new SafetyModule(), new OutboxModule(), new CheckinModule(), new ServerCheckinModule(),
                new dev.hearth.app.SemanticModule(dev.hearth.testing.SharedEncoder.get()),
                binder -> Multibinder.newSetBinder(binder, Courier.class).addBinding().toInstance(courier));
        platform = new FakePlatform(injector.getInstance(Conversations.class), TestHearth.START);
    }

    FakePlatform platform() {
        return platform;
    }

    <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    int count(String sql) {
        return get(Database.class).jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        get(Database.class).close();
    }
}
