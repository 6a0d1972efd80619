package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.OptionalBinder;
import dev.hearth.core.Conversations;
import dev.hearth.core.checkin.SpaceDepartures;
import dev.hearth.core.outbox.Courier;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.platform.Platform;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Guice module, as the lead installs it. */
class TelegramModuleTest {
    private static final TelegramSettings SETTINGS = new TelegramSettings("123:abc", "http://127.0.0.1:9");

    @Test
    @DisplayName("the module adds one Telegram platform and one Telegram courier, and starts nothing")
    void bindsPlatformAndOutbox() {
        Injector injector = Guice.createInjector(new TelegramModule(SETTINGS), new CoreStandIns());

        Set<Platform> platforms = injector.getInstance(Key.get(new TypeLiteral<Set<Platform>>() { }));
        Set<Courier> couriers = injector.getInstance(Key.get(new TypeLiteral<Set<Courier>>() { }));

        assertThat(platforms).singleElement().isInstanceOf(TelegramPlatform.class)
                .extracting(Platform::name).isEqualTo("telegram");
        assertThat(couriers).singleElement().isInstanceOf(TelegramCourier.class)
                .extracting(Courier::platform).isEqualTo("telegram");
        assertThat(injector.getInstance(TelegramPlatform.class)).isSameAs(platforms.iterator().next());
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith(NamedThreads.PREFIX));
    }

    @Test
    @DisplayName("the lead's unreachable listener replaces the default one")
    void listenerOverride() {
        UnreachableListener store = event -> { };
        Injector injector = Guice.createInjector(new TelegramModule(SETTINGS), new CoreStandIns(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), UnreachableListener.class).setBinding().toInstance(store);
            }
        });

        assertThat(injector.getInstance(UnreachableListener.class)).isSameAs(store);
    }

    /** What the lead binds elsewhere. */
    private static final class CoreStandIns extends AbstractModule {
        @Override
        protected void configure() {
            bind(Conversations.class).toInstance(new FakeConversations());
            bind(CommandCatalog.class).toInstance(new TestCatalog());
            bind(Clock.class).toInstance(Clock.systemUTC());
            // Bound by ServerCheckinModule in production; TelegramPlatform takes it once the lead wires it.
            bind(SpaceDepartures.class).toInstance(SpaceDepartures.NONE);
        }
    }
}
