package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.hearth.app.Hearth;
import dev.hearth.config.ConfigLoader;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.Button;
import dev.hearth.core.Outbox;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandSpec;
import dev.hearth.core.outbox.OutboxPump;
import dev.hearth.core.outbox.OutboxStore;
import dev.hearth.core.person.PersonStore;
import dev.hearth.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hearth as it runs, the real engine and the real Telegram adapter over HTTP against a local fake
 * Bot API: the seed conversation end to end, then every command.
 */
@DisplayName("Telegram end to end with the real engine")
class TelegramEndToEndTest {
    static final List<String> SEED = List.of(
            "*sighs heavily* I'm just feeling so down today. Nothing seems to be going right.",
            "I guess I'm just feeling overwhelmed with all the responsibilities I have. Work has been so stressful "
                    + "lately, and I'm struggling to keep up with everything at home too.",
            "That's a good idea. I just feel like I'm always rushing from one thing to the next, and then I end up "
                    + "feeling guilty for not being more productive.",
            "You're right, I need to be kinder to myself. But maybe if I make some changes, even small ones, it "
                    + "could help me feel a little better.",
            "I think I'll start by trying to take a short walk on my lunch break a few times this week. And maybe I "
                    + "can set aside 30 minutes in the evening to read a book, instead of just mindlessly scrolling.",
            "Thank you, that's really kind of you. I'm going to give those ideas a try.");

    private static int replies(FakeBotApi api) {
        return api.calls("sendmessage").size() + api.calls("senddocument").size() + api.calls("sendphoto").size();
    }

    @Test
    @DisplayName("holds the seed conversation, stores its goals, and answers every command")
    void seedAndCommands() throws Exception {
        try (FakeBotApi api = new FakeBotApi(new java.util.concurrent.CopyOnWriteArrayList<>()).start()) {
            Updates updates = new Updates(api);
            HearthConfig config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath()).load();
            Injector injector = Hearth.engineInjector(config, Clock.systemUTC(),
                    Database.memoryUrl("tg-" + UUID.randomUUID()), List.of(new TelegramModule(api.settings(),
                            TestTuning.fast())), new dev.hearth.app.SemanticModule(dev.hearth.testing.SharedEncoder.get()));
            TelegramPlatform platform = injector.getInstance(TelegramPlatform.class);
            platform.start();
            try {
                int sent = 0;
                for (String line : SEED) {
                    api.push(updates.privateText(5151, line));
                    sent = api.awaitCalls("sendmessage", sent + 1).size();
                }
                List<String> replies = api.calls("sendmessage").stream().map(FakeBotApi.ApiCall::text).toList();
                assertThat(replies).allSatisfy(r -> assertThat(r).isNotBlank());
                assertThat(String.join(" ", replies)).containsAnyOf("bot", "automated");
                assertThat(injector.getInstance(PersonStore.class).goals(new UserRef("telegram", "5151"))).hasSize(2);

                List<CommandSpec> commands = injector.getInstance(CommandCatalog.class).all().stream()
                        .filter(c -> !c.adminOnly()).toList();
                for (CommandSpec command : commands) {
                    int before = replies(api);
                    api.push(updates.privateText(5151, "/" + command.name().replace('-', '_')));
                    Await.until(() -> replies(api) > before);
                    assertThat(replies(api)).as("a reply to /%s", command.name()).isGreaterThan(before);
                }
                assertThat(api.calls("setmycommands")).isNotEmpty();
                assertThat(api.calls("sendmessage")).allSatisfy(c -> assertThat(c.params().has("parse_mode")).isFalse());
            } finally {
                platform.stop();
                injector.getInstance(Database.class).close();
            }
        }
    }

    @Test
    @DisplayName("a proactive message is stored, pumped to Telegram over HTTP with its buttons, and then leaves the store")
    void proactiveThroughStoredOutbox() throws Exception {
        try (FakeBotApi api = new FakeBotApi(new java.util.concurrent.CopyOnWriteArrayList<>()).start()) {
            HearthConfig config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath()).load();
            Injector injector = Hearth.engineInjector(config, Clock.systemUTC(),
                    Database.memoryUrl("tg-" + UUID.randomUUID()), List.of(new TelegramModule(api.settings(),
                            TestTuning.fast())), new dev.hearth.app.SemanticModule(dev.hearth.testing.SharedEncoder.get()));
            TelegramPlatform platform = injector.getInstance(TelegramPlatform.class);
            platform.start();
            try {
                Set<Outbox> outboxes = injector.getInstance(Key.get(new TypeLiteral<Set<Outbox>>() { }));
                OutboxStore stored = injector.getInstance(OutboxStore.class);
                Outbox telegram = outboxes.stream().filter(o -> o.platform().equals("telegram")).findFirst().orElseThrow();

                telegram.sendPrivately(new UserRef("telegram", "6262"), Reply.text("How did the walk go?")
                        .withButtons(List.of(new Button("goal:1:done", "I did it"))));
                assertThat(stored.waiting("telegram")).isEqualTo(1);
                assertThat(api.calls("sendmessage")).isEmpty();
                injector.getInstance(OutboxPump.class).pump();

                api.awaitCalls("sendmessage", 1);
                Await.until(() -> stored.waiting("telegram") == 0);
                FakeBotApi.ApiCall call = api.calls("sendmessage").getFirst();
                assertThat(call.chatId()).isEqualTo(6262L);
                assertThat(call.text()).isEqualTo("How did the walk go?");
                assertThat(call.params().has("reply_markup")).isTrue();
                assertThat(stored.waiting("telegram")).isZero();
            } finally {
                platform.stop();
                injector.getInstance(Database.class).close();
            }
        }
    }
}
