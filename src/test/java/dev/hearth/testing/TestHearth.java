package dev.hearth.testing;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.hearth.app.CheckinModule;
import dev.hearth.app.OutboxModule;
import dev.hearth.app.ServerCheckinModule;
import dev.hearth.app.CoreModule;
import dev.hearth.app.EmotionModule;
import dev.hearth.app.SafetyModule;
import dev.hearth.app.SemanticModule;
import dev.hearth.app.StoreModule;
import dev.hearth.config.ConfigLoader;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.Conversations;
import dev.hearth.core.person.PersonStore;
import dev.hearth.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * Hearth as production wires it (the same Guice modules), on a private in-memory database, with the
 * default configuration from the repository's {@code bot-config}. One per test; close it after.
 */
public final class TestHearth implements AutoCloseable {
    /** A Tuesday morning in late November, UTC. */
    public static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

    private final Injector injector;
    private final FakePlatform platform;

    private TestHearth(Map<String, String> env) {
        HearthConfig config = new ConfigLoader(env, Path.of("").toAbsolutePath()).load();
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        injector = Guice.createInjector(new CoreModule(config, clock), new SemanticModule(SharedEncoder.get()),
                new StoreModule(Database.memoryUrl("test-" + UUID.randomUUID())), new EmotionModule(),
                new SafetyModule(), new OutboxModule(), new CheckinModule(), new ServerCheckinModule());
        platform = new FakePlatform(injector.getInstance(Conversations.class), START);
    }

    /** Hearth with the default configuration. */
    public static TestHearth create() {
        return new TestHearth(Map.of());
    }

    /** Hearth with these environment variables (e.g. HEARTH_CONFIG pointing at a test file). */
    public static TestHearth withEnv(Map<String, String> env) {
        return new TestHearth(env);
    }

    public FakePlatform platform() {
        return platform;
    }

    public PersonStore store() {
        return injector.getInstance(PersonStore.class);
    }

    public Database database() {
        return injector.getInstance(Database.class);
    }

    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    @Override
    public void close() {
        injector.getInstance(Database.class).close();
    }
}
