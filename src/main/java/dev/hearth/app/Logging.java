package dev.hearth.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Sets the log level at start: the configured one, or {@code warn} for the terminal modes (chat,
 * replay, classify) unless HEARTH_LOG_LEVEL asks otherwise, so logs never clutter a conversation or a
 * JSONL stream. Logs go to stderr (see logback.xml).
 */
final class Logging {
    private static final java.util.List<String> QUIET_BELOW_DEBUG =
            java.util.List.of("net.dv8tion.jda.internal.requests", "net.dv8tion.jda.internal.JDAImpl");

    private Logging() {
    }

    static void configure(String level, boolean explicitlySet, boolean terminalMode) {
        String effective = terminalMode && !explicitlySet ? "warn" : level;
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Level root = Level.toLevel(effective, Level.INFO);
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(root);
            if (root.toInt() <= Level.DEBUG.toInt()) {
                // At debug the platform libraries' own failure logs are wanted again.
                for (String quiet : QUIET_BELOW_DEBUG) {
                    context.getLogger(quiet).setLevel(null);
                }
            }
        }
    }
}
