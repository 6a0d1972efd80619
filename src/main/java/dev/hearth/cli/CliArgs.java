package dev.hearth.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line: a mode ({@code run}, {@code chat}, {@code replay}, {@code classify}) with an
 * optional input file and, for replay, {@code --db DIR}. Bad usage gives one sentence (exit code 2).
 */
public record CliArgs(Mode mode, Optional<Path> file, Optional<Path> dbDir) {
    /** What Hearth was asked to do. */
    public enum Mode { RUN, CHAT, REPLAY, CLASSIFY, HELP }

    /** The usage line printed for {@code --help} and after a usage error. */
    public static final String USAGE =
            "usage: scripts/run [chat | replay [FILE] [--db DIR] | classify [FILE]]";

    /** Parses the arguments, or throws a UsageException with one sentence. */
    public static CliArgs parse(List<String> args) {
        if (args.isEmpty()) {
            return new CliArgs(Mode.RUN, Optional.empty(), Optional.empty());
        }
        String first = args.get(0);
        Mode mode = switch (first) {
            case "run" -> Mode.RUN;
            case "chat" -> Mode.CHAT;
            case "replay" -> Mode.REPLAY;
            case "classify" -> Mode.CLASSIFY;
            case "-h", "--help", "help" -> Mode.HELP;
            default -> throw new UsageException("Unknown mode '" + first + "'; " + USAGE);
        };
        Optional<Path> file = Optional.empty();
        Optional<Path> db = Optional.empty();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && mode == Mode.REPLAY) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--db needs a folder; " + USAGE);
                }
                db = Optional.of(Path.of(args.get(++i)));
            } else if (!arg.startsWith("-") && file.isEmpty() && (mode == Mode.REPLAY || mode == Mode.CLASSIFY)) {
                file = Optional.of(Path.of(arg));
            } else if (arg.equals("-") && file.isEmpty()) {
                continue; // standard input, the default
            } else {
                throw new UsageException("Unexpected argument '" + arg + "' for " + first + "; " + USAGE);
            }
        }
        return new CliArgs(mode, file, db);
    }

    /** A usage error: one sentence, exit code 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String sentence) {
            super(sentence);
        }
    }
}
