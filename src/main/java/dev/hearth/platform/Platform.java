package dev.hearth.platform;

/**
 * One running chat platform (Discord, Telegram, the terminal), started and stopped by {@code Main}.
 * An adapter's Guice module binds its implementation into a {@code Multibinder<Platform>}; a platform
 * module is installed only when its token is set.
 */
public interface Platform {
    /** The platform's name as in {@code UserRef.platform()}: {@code discord}, {@code telegram}, … */
    String name();

    /**
     * Connects and starts handling events; returns once the platform is ready.
     *
     * @throws PlatformStartException with one clear sentence when it cannot start (bad token, no
     *                                network); Main prints that sentence and exits with code 1
     */
    void start() throws PlatformStartException;

    /** Stops handling events and releases threads and connections; returns within a few seconds. */
    void stop();
}
