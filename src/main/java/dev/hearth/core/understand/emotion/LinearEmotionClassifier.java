package dev.hearth.core.understand.emotion;

import dev.hearth.core.understand.EmotionClassifier;
import dev.hearth.core.understand.EmotionLabels;
import dev.hearth.core.understand.EmotionScores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Hearth's embedded emotion classifier: a linear model over word and character n-grams, trained on
 * GoEmotions (Demszky et al., ACL 2020, "GoEmotions: A Dataset of Fine-Grained Emotions", Apache-2.0)
 * and bundled as {@value #BUNDLED_MODEL}. Each of the 28 labels has its own decision threshold, tuned
 * on held-out training data and calibrated so that it sits at a score of exactly 0.5.
 *
 * <p>Thread-safe. Each thread reuses its own feature buffer, so the per-message work allocates little
 * beyond the returned {@link EmotionScores}. A message with no usable characters (empty, blank, only
 * control characters) scores {@code neutral} 1 and every emotion 0.
 */
public final class LinearEmotionClassifier implements EmotionClassifier {
    /** The class-path resource of the bundled model. */
    public static final String BUNDLED_MODEL = "/models/emotions.bin.gz";

    private static final int NEUTRAL = EmotionLabels.ALL.indexOf("neutral");

    private final EmotionModel model;
    private final TextFeaturizer featurizer;
    private final ThreadLocal<Workspace> workspaces;

    /** A classifier over a model whose labels are {@link EmotionLabels#ALL}, in that order. */
    public LinearEmotionClassifier(EmotionModel model) {
        this.model = Objects.requireNonNull(model, "model");
        if (!model.labels().equals(EmotionLabels.ALL)) {
            throw new IllegalArgumentException("the emotion model's labels are not the 28 GoEmotions labels"
                    + " in order: " + model.labels());
        }
        this.featurizer = new TextFeaturizer(model.settings());
        int labels = model.labels().size();
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(new FeatureBuffer(), new double[labels]));
    }

    /**
     * Loads the model bundled in the jar.
     *
     * @throws IllegalStateException when the model is missing or unreadable (a broken build)
     */
    public static LinearEmotionClassifier bundled() {
        try (InputStream in = LinearEmotionClassifier.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the bundled emotion model " + BUNDLED_MODEL
                        + " is missing from the class path");
            }
            return new LinearEmotionClassifier(new EmotionModelCodec().read(in));
        } catch (IOException e) {
            throw new IllegalStateException("the bundled emotion model " + BUNDLED_MODEL + " is unreadable: "
                    + e.getMessage(), e);
        }
    }

    /** Loads a model from a stream in {@link EmotionModelCodec}'s format. */
    public static LinearEmotionClassifier read(InputStream in) {
        try {
            return new LinearEmotionClassifier(new EmotionModelCodec().read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model this classifier applies. */
    public EmotionModel model() {
        return model;
    }

    @Override
    public EmotionScores classify(String text) {
        Workspace workspace = workspaces.get();
        scoreInto(text, workspace);
        return EmotionScores.of(workspace.scores());
    }

    /**
     * Writes the 28 scores of {@code text} into {@code out} (label order), allocating nothing; for bulk
     * scoring and evaluation.
     */
    public void scores(String text, double[] out) {
        Workspace workspace = workspaces.get();
        scoreInto(text, workspace);
        System.arraycopy(workspace.scores(), 0, out, 0, workspace.scores().length);
    }

    private void scoreInto(String text, Workspace workspace) {
        FeatureBuffer features = workspace.features();
        double[] scores = workspace.scores();
        featurizer.featurize(text, features);
        if (features.size() == 0) {
            Arrays.fill(scores, 0.0);
            scores[NEUTRAL] = 1.0;
            return;
        }
        model.scores(features, scores);
    }

    private record Workspace(FeatureBuffer features, double[] scores) {
    }
}
