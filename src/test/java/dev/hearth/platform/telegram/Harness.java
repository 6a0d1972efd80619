package dev.hearth.platform.telegram;

import dev.hearth.platform.PlatformStartException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Telegram platform wired to a local fake Bot API and a fake core, with the refusals it reports and a
 * shared timeline of what happened in which order.
 */
final class Harness implements AutoCloseable {
    final List<String> timeline = new CopyOnWriteArrayList<>();
    final List<Unreachable> refusals = new CopyOnWriteArrayList<>();
    final FakeBotApi api;
    final Updates updates;
    final FakeConversations core;
    final TelegramConnection connection;
    final TelegramPlatform platform;

    Harness(TelegramTuning tuning) throws IOException {
        api = new FakeBotApi(timeline).start();
        updates = new Updates(api);
        core = new FakeConversations(timeline);
        Clock clock = Clock.systemUTC();
        connection = new TelegramConnection(api.settings(), tuning, clock, refusals::add);
        platform = new TelegramPlatform(connection, core, new TestCatalog(), clock, tuning, refusals::add);
    }

    Harness() throws IOException {
        this(TestTuning.fast());
    }

    /** A harness whose platform is already started. */
    static Harness started() throws IOException, PlatformStartException {
        Harness harness = new Harness();
        harness.platform.start();
        return harness;
    }

    TelegramCourier courier() {
        return new TelegramCourier(connection);
    }

    @Override
    public void close() {
        platform.stop();
        api.close();
    }
}
