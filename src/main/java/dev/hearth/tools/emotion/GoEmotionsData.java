package dev.hearth.tools.emotion;

import dev.hearth.core.understand.EmotionLabels;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a split of GoEmotions (Demszky et al., ACL 2020, "GoEmotions: A Dataset of Fine-Grained
 * Emotions", Apache-2.0): one example a line, {@code text<TAB>comma-separated label ids<TAB>comment id},
 * label ids indexing {@link EmotionLabels#ALL}.
 */
public final class GoEmotionsData {

    /** One labelled example: its text, its label ids (ascending, distinct) and its Reddit comment id. */
    public record Example(String text, int[] labels, String id) {
        public Example {
            labels = labels.clone();
        }

        /** True when the example carries label {@code label}. */
        public boolean has(int label) {
            return Arrays.binarySearch(labels, label) >= 0;
        }

        @Override
        public int[] labels() {
            return labels.clone();
        }
    }

    private GoEmotionsData() {
    }

    /** Reads a split from a file. */
    public static List<Example> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a split from a stream; {@code source} names it in error messages. */
    public static List<Example> read(InputStream in, String source) {
        List<Example> examples = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                examples.add(parse(line, source, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return List.copyOf(examples);
    }

    private static Example parse(String line, String source, int number) {
        String[] parts = line.split("\t", -1);
        if (parts.length < 2) {
            throw new IllegalArgumentException(source + " line " + number + ": expected text, labels and id"
                    + " separated by tabs");
        }
        String[] ids = parts[1].split(",");
        int[] labels = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            try {
                labels[i] = Integer.parseInt(ids[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + " line " + number + ": bad label id '" + ids[i]
                        + "'", e);
            }
            if (labels[i] < 0 || labels[i] >= EmotionLabels.ALL.size()) {
                throw new IllegalArgumentException(source + " line " + number + ": label id " + labels[i]
                        + " is out of range");
            }
        }
        labels = Arrays.stream(labels).sorted().distinct().toArray();
        return new Example(parts[0], labels, parts.length > 2 ? parts[2] : "");
    }
}
