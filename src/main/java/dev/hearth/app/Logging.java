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
    private Logging() {
    }

    static void configure(String level, boolean explicitlySet, boolean terminalMode) {
        String effective = terminalMode && !explicitlySet ? "warn" : level;
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.toLevel(effective, Level.INFO));
        }
    }
}
