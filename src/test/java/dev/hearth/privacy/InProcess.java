package dev.hearth.privacy;

import dev.hearth.app.Hearth;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs Hearth through its real entry point ({@link Hearth#run}) in this JVM, with an environment map,
 * text for stdin, and stdout and stderr captured; plus helpers to look inside the data directory.
 */
final class InProcess {
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private InProcess() {
    }

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    /** Runs Hearth with the repository's config, HEARTH_DATA_DIR set to {@code dataDir} and {@code env} on top. */
    static Run hearth(Path dataDir, Map<String, String> env, String stdin, String... args) {
        Map<String, String> all = new HashMap<>(Map.of("HEARTH_DATA_DIR", dataDir.toString()));
        all.putAll(env);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Hearth(all, Path.of("").toAbsolutePath(), Clock.fixed(NOW, ZoneOffset.UTC),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every regular file under the folder whose bytes contain the text (as UTF-8). */
    static List<Path> filesContaining(Path folder, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(file), needle)) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The number of regular files under the folder, to show a search had something to search. */
    static long fileCount(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
