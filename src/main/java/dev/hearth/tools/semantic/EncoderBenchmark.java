package dev.hearth.tools.semantic;

import dev.hearth.core.reading.SentenceSplitter;
import dev.hearth.core.semantic.SentenceEncoder;
import dev.hearth.semantic.OnnxSentenceEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What the semantic layer costs a turn when nothing is cached: embeds distinct messages (the first
 * column of a GoEmotions TSV, or lines of text) sentence by sentence, as the reader does, and prints
 * per-message p50/p99 and messages per second on this thread. The turn benchmark repeats a few
 * messages, so its turns hit the encoder's cache; this one never does.
 *
 * <p>Usage: {@code EncoderBenchmark FILE [MESSAGES]} (default 2,000 after 200 to warm up).
 */
public final class EncoderBenchmark {
    private EncoderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("Usage: EncoderBenchmark FILE [MESSAGES]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        List<String> texts = List.copyOf(new LinkedHashSet<>(Files.readAllLines(Path.of(args[0])).stream()
                .map(l -> l.split("\t", 2)[0]).filter(l -> !l.isBlank()).toList()));
        SentenceEncoder encoder = OnnxSentenceEncoder.bundled();
        SentenceSplitter splitter = new SentenceSplitter();
        int warm = Math.min(200, texts.size() / 10);
        for (int i = 0; i < warm; i++) {
            splitter.split(texts.get(i)).forEach(encoder::encode);
        }
        int n = Math.min(count, texts.size() - warm);
        long[] nanos = new long[n];
        int sentences = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            List<String> split = splitter.split(texts.get(warm + i));
            split.forEach(encoder::encode);
            sentences += split.size();
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "embedding, uncached: %d messages (%d sentences), p50 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms, %.0f messages/s on one thread%n", n, sentences, nanos[n / 2] / 1e6,
                nanos[(int) (n * 0.99)] / 1e6, nanos[n - 1] / 1e6, n / seconds);
    }
}
