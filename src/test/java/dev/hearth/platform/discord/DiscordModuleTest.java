package dev.hearth.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.hearth.core.Conversations;
import dev.hearth.core.outbox.Courier;
import dev.hearth.core.checkin.SpaceDepartures;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.platform.Platform;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordModuleTest {

    @Test
    @DisplayName("the module adds the Discord platform and courier to the sets Main starts and the outbox delivers through")
    void bindsIntoSets() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireAtInjectOnConstructors();
                bind(Conversations.class).toInstance(new FakeConversations());
                bind(CommandCatalog.class).toInstance(new TestCatalog());
                bind(Clock.class).toInstance(JdaMocks.CLOCK);
                bind(SpaceDepartures.class).toInstance(SpaceDepartures.NONE);
                bind(dev.hearth.core.UnreachablePeople.class).toInstance(dev.hearth.core.UnreachablePeople.NONE);
            }
        }, new DiscordModule(DiscordSettings.singleShard("not-a-real-token")));

        Set<Platform> platforms = injector.getInstance(Key.get(new TypeLiteral<Set<Platform>>() { }));
        Set<Courier> couriers = injector.getInstance(Key.get(new TypeLiteral<Set<Courier>>() { }));

        assertThat(platforms).singleElement().isInstanceOf(DiscordPlatform.class)
                .satisfies(p -> assertThat(p.name()).isEqualTo("discord"));
        assertThat(couriers).singleElement().isInstanceOf(DiscordCourier.class);
        assertThat(injector.getInstance(DiscordPlatform.class)).isSameAs(platforms.iterator().next());
        platforms.forEach(Platform::stop);
    }
}
