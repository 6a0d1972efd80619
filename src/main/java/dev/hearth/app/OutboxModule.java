package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.hearth.core.Outbox;
import dev.hearth.core.outbox.Courier;
import dev.hearth.core.outbox.DurableOutbox;
import dev.hearth.core.outbox.OutboxPump;
import dev.hearth.core.outbox.OutboxStore;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiOutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Wires the durable outbox: platforms add a {@link Courier} to the {@code Set<Courier>}; the scheduler
 * and the crisis check-ins get one {@link DurableOutbox} per running platform (so an outbox exists
 * exactly when its platform runs), and {@link OutboxRunner} pumps stored messages to the couriers.
 */
public final class OutboxModule extends AbstractModule {
    /** How often stored messages are handed to the platforms. */
    public static final Duration PUMP_EVERY = Duration.ofSeconds(1);

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Courier.class);
    }

    @Provides
    @Singleton
    OutboxStore outboxStore(Database database) {
        return new JdbiOutboxStore(database);
    }

    @Provides
    @Singleton
    Set<Outbox> outboxes(Set<Courier> couriers, OutboxStore store, Clock clock) {
        return couriers.stream()
                .map(courier -> (Outbox) new DurableOutbox(courier.platform(), store, clock))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Provides
    @Singleton
    OutboxPump outboxPump(OutboxStore store, Set<Courier> couriers, Clock clock) {
        return new OutboxPump(store, couriers, clock);
    }

    @Provides
    @Singleton
    OutboxRunner outboxRunner(OutboxPump pump, Clock clock) {
        return new OutboxRunner(pump, clock, PUMP_EVERY);
    }
}
