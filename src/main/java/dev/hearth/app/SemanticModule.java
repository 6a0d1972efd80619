package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.hearth.core.reading.ActReader;
import dev.hearth.core.reading.ActRules;
import dev.hearth.core.reading.QuestionKinds;
import dev.hearth.core.reading.Reader;
import dev.hearth.data.YamlResources;
import dev.hearth.core.reading.SentenceSplitter;
import dev.hearth.core.safety.CountryFinder;
import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.safety.CrisisJudge;
import dev.hearth.core.semantic.LinearHeadCodec;
import dev.hearth.core.semantic.SentenceEncoder;
import dev.hearth.core.understand.Understander;
import dev.hearth.semantic.OnnxSentenceEncoder;
import dev.hearth.semantic.SemanticModelException;

/**
 * Wires the semantic layer and the read stage: the sentence encoder (loaded once; a missing or
 * unloadable model stops start-up with one sentence, exit 2), the learned heads bundled in
 * {@code models/heads/}, and the {@link Reader} that makes one reading per turn.
 */
public final class SemanticModule extends AbstractModule {
    static final String ACT_HEAD = "models/heads/acts.bin.gz";

    private final SentenceEncoder encoder;

    /** With an encoder already loaded (tests share one per JVM). */
    public SemanticModule(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    /** With the bundled model, loaded now. */
    public static SemanticModule bundled() {
        return new SemanticModule(OnnxSentenceEncoder.bundled());
    }

    @Override
    protected void configure() {
        bind(SentenceEncoder.class).toInstance(encoder);
    }

    @Provides
    @Singleton
    ActReader actReader(YamlResources resources) {
        try {
            return new ActReader(LinearHeadCodec.bundled(ACT_HEAD), new ActRules(resources.lexicon("act-rules")));
        } catch (RuntimeException e) {
            throw new SemanticModelException("The dialogue-act model " + ACT_HEAD + " cannot be loaded: rebuild Hearth.", e);
        }
    }

    @Provides
    @Singleton
    CrisisJudge crisisJudge(CrisisDetector rules) {
        return CrisisJudge.rulesOnly(rules);
    }

    @Provides
    @Singleton
    Reader reader(CrisisJudge crisis, Understander understander, ActReader acts, CountryFinder countries,
                  YamlResources resources) {
        return new Reader(encoder, new SentenceSplitter(), crisis, understander, acts, countries,
                new QuestionKinds(encoder, resources.lexicon("questions")));
    }
}
