package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.EngineSettings;
import dev.hearth.core.respond.GuardedRealiser;
import dev.hearth.core.respond.Realiser;
import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.safety.ModelReplyCheck;
import dev.hearth.llm.ChatCompletionsModel;
import dev.hearth.llm.SystemPrompt;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiRecentMessages;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses the realiser: the embedded engine alone (the default), or, when {@code llm.base-url} is set,
 * the configured language model behind {@link GuardedRealiser}'s checks with the embedded reply as the
 * fallback. Says at start which, naming the model and host (never the key), and warns when the host is
 * not on this machine or the local network, since people's words then leave it.
 */
public final class LlmModule extends AbstractModule {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LlmModule.class);
    private static final Pattern LOCAL_HOST = Pattern.compile(
            "localhost|.*\\.local|.*\\.localhost|127\\.\\d+\\.\\d+\\.\\d+|\\[?::1]?|10\\.\\d+\\.\\d+\\.\\d+"
                    + "|192\\.168\\.\\d+\\.\\d+|172\\.(?:1[6-9]|2\\d|3[01])\\.\\d+\\.\\d+|host\\.docker\\.internal");

    @Provides
    @Singleton
    Realiser realiser(HearthConfig config, CrisisDetector detector, Database database, EngineSettings settings) {
        HearthConfig.Llm llm = config.llm();
        if (!llm.enabled()) {
            return Realiser.EMBEDDED_ONLY;
        }
        String host = URI.create(llm.baseUrl().strip()).getHost();
        LOG.info("Replies are phrased by the model {} at {}, checked before sending; the embedded engine "
                + "is the fallback and composes all crisis care", llm.model(), host);
        if (host == null || !LOCAL_HOST.matcher(host.toLowerCase(Locale.ROOT)).matches()) {
            LOG.warn("The model at {} is not on this machine or a local network: what people write goes there", host);
        }
        var model = new ChatCompletionsModel(llm.baseUrl(), llm.model(), llm.key(), llm.timeout(),
                SystemPrompt.english(), ChatCompletionsModel.client(llm.timeout()));
        return new GuardedRealiser(model, ModelReplyCheck.english(detector), detector,
                new JdbiRecentMessages(database), settings.crisisCareWindow());
    }
}
