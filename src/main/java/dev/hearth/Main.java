package dev.hearth;

import dev.hearth.app.Hearth;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Hearth's entry point: arguments, then configuration, then the Guice injector, then start and stop.
 * Exit codes: 0 clean stop, 1 runtime failure, 2 bad configuration or usage (one sentence, no stack
 * trace). {@code scripts/run} passes {@code -Dhearth.home} so relative paths start at the Hearth folder.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Charts are drawn in memory on servers with no display; say so before anything touches AWT.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path home = Path.of(System.getProperty("hearth.home", ".")).toAbsolutePath().normalize();
        int code = new Hearth(System.getenv(), home, Clock.systemUTC(), System.in, System.out, System.err)
                .run(List.of(args));
        System.exit(code);
    }
}
