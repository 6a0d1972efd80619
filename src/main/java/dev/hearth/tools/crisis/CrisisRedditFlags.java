package dev.hearth.tools.crisis;

import dev.hearth.core.safety.CrisisAssessment;
import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.safety.LayeredCrisisDetector;
import dev.hearth.core.safety.ModelAssistedCrisisDetector;
import dev.hearth.tools.emotion.GoEmotionsData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How often the crisis detector flags ordinary Reddit comments: runs the rules alone and the rules with
 * the trained model over a GoEmotions split (Demszky et al., ACL 2020, Apache-2.0), counts the flags of
 * each, lists what the model lifted with {@code --lifted}, and times both per message.
 *
 * <pre>java -cp target/hearth.jar dev.hearth.tools.crisis.CrisisRedditFlags [TSV] [--lifted]</pre>
 *
 * TSV defaults to {@code ../shared/data/goemotions/train.tsv}. Most of these comments are ordinary, so
 * every new flag is a likely false alarm; a few are real.
 */
public final class CrisisRedditFlags {
    private static final int TIMED_PASSES = 3;

    private CrisisRedditFlags() {
    }

    public static void main(String[] args) {
        boolean listLifted = Arrays.asList(args).contains("--lifted");
        Path file = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map(Path::of)
                .orElse(Path.of("../shared/data/goemotions/train.tsv"));
        List<String> texts = GoEmotionsData.read(file).stream().map(GoEmotionsData.Example::text).toList();
        CrisisDetector rules = LayeredCrisisDetector.english();
        CrisisDetector combined = ModelAssistedCrisisDetector.english();
        int[] before = new int[3];
        int[] after = new int[3];
        List<String> lifted = new ArrayList<>();
        for (String text : texts) {
            CrisisAssessment r = rules.assess(text);
            CrisisAssessment c = combined.assess(text);
            before[r.level().ordinal()]++;
            after[c.level().ordinal()]++;
            if (c.level() != r.level()) {
                lifted.add(r.level().wireName() + " -> " + c.level().wireName() + " [" + c.reason() + "] " + text);
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d comments%n", file, texts.size());
        System.out.printf(Locale.ROOT, "rules alone:     %d flagged (%d concern, %d acute)%n",
                before[1] + before[2], before[1], before[2]);
        System.out.printf(Locale.ROOT, "with the model:  %d flagged (%d concern, %d acute); %d lifted by the model%n",
                after[1] + after[2], after[1], after[2], lifted.size());
        if (listLifted) {
            lifted.forEach(l -> System.out.println("  " + l));
        }
        System.out.printf(Locale.ROOT, "time per message, rules alone: %.1f us; with the model: %.1f us (mean of the best of %d passes)%n",
                micros(rules, texts), micros(combined, texts), TIMED_PASSES);
    }

    private static double micros(CrisisDetector detector, List<String> texts) {
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < TIMED_PASSES + 1; pass++) {
            long start = System.nanoTime();
            for (String t : texts) {
                detector.assess(t);
            }
            long took = System.nanoTime() - start;
            if (pass > 0) { // the first pass warms up
                best = Math.min(best, took);
            }
        }
        return best / 1000.0 / texts.size();
    }
}
