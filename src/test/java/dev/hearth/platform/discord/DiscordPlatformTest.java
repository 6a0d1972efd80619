package dev.hearth.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.hearth.platform.PlatformStartException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DiscordPlatformTest {
    // A well-formed but invalid token: three base64 parts, as Discord issues them.
    // Built from pieces so secret scanners do not mistake this invalid token for a real one.
    private static final String BAD_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ" + ".GhEaRt." + "aW52YWxpZC10b2tlbi1mb3ItdGVzdHMtb25seS0xMjM0NQ";

    private final DiscordConnection connection = new DiscordConnection();

    private DiscordPlatform platform(ShardManagerFactory factory, Duration startLimit) {
        FakeConversations core = new FakeConversations();
        SerialLanes lanes = new SerialLanes(Runnable::run);
        InboundTranslator translator = new InboundTranslator(JdaMocks.CLOCK);
        MessageRenderer renderer = new MessageRenderer();
        DiscordPhrases phrases = JdaMocks.phrases();
        DiscordListener listener = new DiscordListener(
                new MessageTurnHandler(core, translator, renderer, phrases, lanes),
                new SlashCommandHandler(core, new TestCatalog(), translator, renderer, phrases, lanes),
                new ButtonHandler(core, translator, renderer, phrases, lanes));
        return new DiscordPlatform(DiscordSettings.singleShard(BAD_TOKEN), factory, listener,
                new SlashCommandFactory(new TestCatalog()), connection,
                new DiscordWorkers(Executors.newSingleThreadExecutor()), startLimit);
    }

    @Test
    @DisplayName("a bad token on a machine without network fails start with one sentence within 30 seconds")
    void badTokenFailsFast() {
        DiscordPlatform platform = platform(new JdaShardManagerFactory(), DiscordPlatform.START_LIMIT);

        // the 30 s bound is the contract's limit for start(), not a speed measurement
        PlatformStartException failure = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> catchStartFailure(platform));

        assertThat(failure.getMessage())
                .doesNotContain(BAD_TOKEN)
                .doesNotContain("\n")
                .matches("^[A-Z].*[.]$");
        assertThat(failure.getMessage()).containsAnyOf("token", "reach Discord", "did not finish");
        assertThat(failure.getCause()).isNull();
        assertThat(platform.isRunning()).isFalse();
        platform.stop();
    }

    @Test
    @DisplayName("a token Discord rejects becomes a sentence naming DISCORD_TOKEN")
    void rejectedToken() {
        DiscordPlatform platform = platform((settings, listener) -> {
            throw new InvalidTokenException();
        }, DiscordPlatform.START_LIMIT);

        assertThatThrownBy(platform::start)
                .isInstanceOf(PlatformStartException.class)
                .hasMessageContaining("DISCORD_TOKEN")
                .hasNoCause();
    }

    @Test
    @DisplayName("a login that hangs is abandoned at the start limit with a sentence")
    void hangingLogin() throws InterruptedException {
        CountDownLatch neverOpens = new CountDownLatch(1);
        DiscordPlatform platform = platform((settings, listener) -> {
            try {
                neverOpens.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("interrupted");
        }, Duration.ofMillis(200));

        assertThatThrownBy(platform::start)
                .isInstanceOf(PlatformStartException.class)
                .hasMessageContaining("did not finish connecting");
        assertThat(platform.isRunning()).isFalse();
    }

    @Test
    @DisplayName("a shard that Discord shuts during login fails start and is shut down")
    void shardClosedDuringLogin() {
        ShardManager manager = mock(ShardManager.class);
        JDA shard = mock(JDA.class);
        when(shard.getStatus()).thenReturn(JDA.Status.FAILED_TO_LOGIN);
        when(manager.getShardById(0)).thenReturn(shard);
        when(manager.getShards()).thenReturn(List.of(shard));
        DiscordPlatform platform = platform((settings, listener) -> manager, DiscordPlatform.START_LIMIT);

        assertThatThrownBy(platform::start).isInstanceOf(PlatformStartException.class);
        verify(manager).shutdown();
        assertThat(platform.isRunning()).isFalse();
    }

    @Test
    @DisplayName("a successful start registers every catalog command; stop shuts the shards down")
    void startRegistersCommandsAndStopShutsDown() throws Exception {
        ShardManager manager = mock(ShardManager.class);
        JDA shard = mock(JDA.class);
        when(shard.getStatus()).thenReturn(JDA.Status.CONNECTED);
        when(shard.awaitShutdown(anyLong(), any(TimeUnit.class))).thenReturn(true);
        CommandListUpdateAction update = mock(CommandListUpdateAction.class);
        when(update.addCommands(anyCollection())).thenReturn(update);
        when(shard.updateCommands()).thenReturn(update);
        when(manager.getShardById(0)).thenReturn(shard);
        when(manager.getShards()).thenReturn(List.of(shard));
        DiscordPlatform platform = platform((settings, listener) -> manager, DiscordPlatform.START_LIMIT);

        platform.start();

        assertThat(platform.isRunning()).isTrue();
        assertThat(connection.get()).containsSame(manager);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<java.util.Collection<CommandData>> registered = ArgumentCaptor.forClass(java.util.Collection.class);
        verify(update).addCommands(registered.capture());
        assertThat(registered.getValue()).extracting(CommandData::getName)
                .containsExactlyElementsOf(TestCatalog.COMMANDS.stream().map(c -> c.name()).toList());

        platform.stop();

        verify(manager).shutdown();
        verify(shard, never()).shutdownNow();
        assertThat(platform.isRunning()).isFalse();
        assertThat(connection.get()).isEmpty();
    }

    @Test
    @DisplayName("a shard that does not close gracefully is forced to close")
    void stopForcesStuckShards() throws Exception {
        ShardManager manager = mock(ShardManager.class);
        JDA shard = mock(JDA.class);
        when(shard.awaitShutdown(anyLong(), any(TimeUnit.class))).thenReturn(false, true);
        when(manager.getShards()).thenReturn(List.of(shard));
        connection.open(manager);
        DiscordPlatform platform = platform((settings, listener) -> manager, DiscordPlatform.START_LIMIT);

        platform.stop();

        verify(shard).shutdownNow();
    }

    private static PlatformStartException catchStartFailure(DiscordPlatform platform) {
        try {
            platform.start();
        } catch (PlatformStartException e) {
            return e;
        }
        throw new AssertionError("start() succeeded with a bad token");
    }
}
