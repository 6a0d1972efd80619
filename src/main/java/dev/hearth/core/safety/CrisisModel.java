package dev.hearth.core.safety;

import dev.hearth.core.understand.emotion.EmotionModel;
import dev.hearth.core.understand.emotion.EmotionModelCodec;
import dev.hearth.core.understand.emotion.FeatureBuffer;
import dev.hearth.core.understand.emotion.TextFeaturizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * The trained crisis model: a linear model over the same hashed word and character n-grams as the
 * emotion model ({@link TextFeaturizer}, {@link EmotionModel}, stored with {@link EmotionModelCodec}),
 * with two outputs: {@code risk} (concern or acute against none) and {@code acute} (acute against the
 * rest). Each output's bias is calibrated so that its tuned threshold sits at a score of 0.5.
 *
 * <p>Thread-safe: each thread reuses its own feature buffer. It never sees the rules; combining the two
 * is {@link ModelAssistedCrisisDetector}'s job.
 */
public final class CrisisModel {
    /** The class-path resource of the bundled model, trained by {@code scripts/train-crisis}. */
    public static final String BUNDLED_MODEL = "/models/crisis.bin.gz";
    /** The outputs, in the order the model file must hold them. */
    public static final List<String> LABELS = List.of("risk", "acute");

    private final EmotionModel model;
    private final TextFeaturizer featurizer;
    private final ThreadLocal<Workspace> workspaces;

    /** What the model says about one message: each score in 0..1, 0.5 at its tuned threshold. */
    public record Scores(double risk, double acute) {
        /** No usable text: nothing to say. */
        public static final Scores NONE = new Scores(0, 0);
    }

    /** A crisis model over a linear model whose labels are {@link #LABELS}. */
    public CrisisModel(EmotionModel model) {
        this.model = Objects.requireNonNull(model, "model");
        if (!model.labels().equals(LABELS)) {
            throw new IllegalArgumentException("a crisis model's outputs must be " + LABELS + ", not "
                    + model.labels());
        }
        this.featurizer = new TextFeaturizer(model.settings());
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(new FeatureBuffer(), new double[LABELS.size()]));
    }

    /**
     * Loads the model bundled in the jar.
     *
     * @throws IllegalStateException when it is missing or unreadable (a broken build)
     */
    public static CrisisModel bundled() {
        try (InputStream in = CrisisModel.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the bundled crisis model " + BUNDLED_MODEL + " is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled crisis model " + BUNDLED_MODEL + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Reads a model in {@link EmotionModelCodec}'s format. */
    public static CrisisModel read(InputStream in) throws IOException {
        return new CrisisModel(new EmotionModelCodec().read(in));
    }

    /** The underlying linear model. */
    public EmotionModel model() {
        return model;
    }

    /** Scores one message; a null or blank one scores zero. */
    public Scores score(String text) {
        if (text == null || text.isBlank()) {
            return Scores.NONE;
        }
        Workspace w = workspaces.get();
        featurizer.featurize(text, w.features());
        if (w.features().size() == 0) {
            return Scores.NONE;
        }
        model.scores(w.features(), w.out());
        return new Scores(w.out()[0], w.out()[1]);
    }

    private record Workspace(FeatureBuffer features, double[] out) {
    }
}
