package dev.hearth.checkin;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.hearth.app.CheckinModule;
import dev.hearth.app.ServerCheckinModule;
import dev.hearth.app.CoreModule;
import dev.hearth.app.EmotionModule;
import dev.hearth.app.SafetyModule;
import dev.hearth.app.StoreModule;
import dev.hearth.config.ConfigLoader;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.Conversations;
import dev.hearth.store.Database;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * Hearth as production wires it plus {@link CheckinModule}, as TestHearth will once the lead installs
 * the module there; on a private in-memory database.
 */
final class CheckinHearth implements AutoCloseable {
    private final Injector injector;
    private final FakePlatform platform;

    CheckinHearth() {
        HearthConfig config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath()).load();
        injector = Guice.createInjector(new CoreModule(config, Clock.fixed(TestHearth.START, ZoneOffset.UTC)),
                new StoreModule(Database.memoryUrl("checkin-" + UUID.randomUUID())), new EmotionModule(),
                new SafetyModule(), new CheckinModule(), new ServerCheckinModule());
        platform = new FakePlatform(injector.getInstance(Conversations.class), TestHearth.START);
    }

    FakePlatform platform() {
        return platform;
    }

    <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    @Override
    public void close() {
        injector.getInstance(Database.class).close();
    }
}
