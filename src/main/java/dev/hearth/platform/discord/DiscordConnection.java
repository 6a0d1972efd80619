package dev.hearth.platform.discord;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * The running connection to Discord, shared by {@link DiscordPlatform} (which opens and closes it) and
 * {@link DiscordCourier} (which sends through it). Empty before start and after stop.
 */
public final class DiscordConnection {
    private final AtomicReference<ShardManager> current = new AtomicReference<>();

    @Inject
    public DiscordConnection() {
    }

    /** The shard manager while Hearth is connected. */
    public Optional<ShardManager> get() {
        return Optional.ofNullable(current.get());
    }

    void open(ShardManager manager) {
        current.set(manager);
    }

    /** Empties the connection and returns what it held, so it is closed exactly once. */
    Optional<ShardManager> take() {
        return Optional.ofNullable(current.getAndSet(null));
    }
}
