package dev.hearth.platform.discord;

import static dev.hearth.platform.discord.InboundTranslatorTest.option;
import static dev.hearth.platform.discord.JdaMocks.NOW;
import static dev.hearth.platform.discord.JdaMocks.snowflake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.hearth.core.Reply;
import dev.hearth.core.command.CommandSpec;
import dev.hearth.platform.discord.JdaMocks.ChannelSpy;
import dev.hearth.platform.discord.JdaMocks.HookSpy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SlashCommandHandlerTest {
    private static final long USER_ID = 200_000_000_000_000_002L;
    private static final long CHANNEL_ID = 300_000_000_000_000_003L;
    private static final long DM_ID = 400_000_000_000_000_004L;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final FakeConversations core = new FakeConversations(events);
    private final DiscordPhrases phrases = JdaMocks.phrases();
    private final SlashCommandHandler handler = new SlashCommandHandler(core, new TestCatalog(),
            new InboundTranslator(JdaMocks.CLOCK), new MessageRenderer(), phrases, new SerialLanes(Runnable::run));
    private final ChannelSpy<PrivateChannel> directMessages = new ChannelSpy<>(PrivateChannel.class, DM_ID, events, "dm");
    private final User person = JdaMocks.user(USER_ID, "Robin", directMessages.channel);
    private final HookSpy hook = new HookSpy(events);
    private final List<MessageCreateData> immediateReplies = new CopyOnWriteArrayList<>();
    private final List<Boolean> ephemeralAcks = new CopyOnWriteArrayList<>();

    static Stream<String> everyoneCommands() {
        return TestCatalog.COMMANDS.stream().filter(c -> !c.adminOnly()).map(CommandSpec::name);
    }

    private SlashCommandInteraction slash(String name, Member member) {
        SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
        when(interaction.getName()).thenReturn(name);
        when(interaction.getUser()).thenReturn(person);
        when(interaction.getMember()).thenReturn(member);
        when(interaction.getGuild()).thenReturn(member == null ? null : mock(Guild.class));
        when(interaction.getIdLong()).thenReturn(snowflake(NOW, 3));
        when(interaction.getChannelIdLong()).thenReturn(member == null ? DM_ID : CHANNEL_ID);
        when(interaction.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        when(interaction.getHook()).thenReturn(hook.hook);
        when(interaction.deferReply(anyBoolean())).thenAnswer(call -> {
            ephemeralAcks.add(call.getArgument(0));
            return mock(ReplyCallbackAction.class);
        });
        when(interaction.reply(any(MessageCreateData.class))).thenAnswer(call -> {
            immediateReplies.add(call.getArgument(0));
            ReplyCallbackAction action = mock(ReplyCallbackAction.class);
            when(action.setEphemeral(anyBoolean())).thenAnswer(set -> {
                ephemeralAcks.add(set.getArgument(0));
                return action;
            });
            return action;
        });
        return interaction;
    }

    private static Member member(boolean managesServer) {
        Member member = mock(Member.class);
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(managesServer);
        return member;
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("everyoneCommands")
    @DisplayName("each command used in a direct message reaches the core as '/name' and is answered there")
    void everyCommandInDirectMessages(String name) {
        core.answering(Reply.text("Here is what I have for you."));

        handler.onSlashCommand(slash(name, null)).join();

        assertThat(core.received).singleElement().satisfies(in -> {
            assertThat(in.text()).isEqualTo("/" + name);
            assertThat(in.isPrivate()).isTrue();
        });
        assertThat(hook.texts()).containsExactly("Here is what I have for you.");
        assertThat(hook.sent).allSatisfy(JdaMocks::assertMentionsNobody);
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("everyoneCommands")
    @DisplayName("in a server every answer to a command is ephemeral, public or private")
    void everyAnswerEphemeralInServers(String name) {
        core.answering(Reply.text("Shown to you alone.").asPublic(), Reply.text("Also only yours."));

        handler.onSlashCommand(slash(name, member(false))).join();

        if (name.equals(SlashCommandHandler.TALK)) {
            assertThat(directMessages.texts()).containsExactly("Shown to you alone.", "Also only yours.");
            assertThat(hook.texts()).singleElement().isIn(phrases.variants(DiscordPhrases.TALK_SENT));
        } else {
            assertThat(hook.texts()).containsExactly("Shown to you alone.", "Also only yours.");
        }
        assertThat(ephemeralAcks).containsExactly(true);
        assertThat(hook.ephemeral).isNotEmpty().containsOnly(true);
    }

    @Test
    @DisplayName("options reach the core in the command's order, whatever order Discord sends them in")
    void optionsInSpecOrder() {
        SlashCommandInteraction interaction = slash("mood", null);
        var note = option("slept badly");
        var score = option("2");
        when(interaction.getOption("note")).thenReturn(note);
        when(interaction.getOption("score")).thenReturn(score);

        handler.onSlashCommand(interaction).join();

        assertThat(core.received).singleElement().satisfies(in -> assertThat(in.text()).isEqualTo("/mood 2 slept badly"));
    }

    @Test
    @DisplayName("/talk in a server greets the person in their direct messages and says so only to them")
    void talkOpensDirectMessage() {
        core.answering(Reply.text("Hi, I'm Hearth, an automated companion. How are you, really?"));

        handler.onSlashCommand(slash("talk", member(false))).join();

        assertThat(core.received).singleElement().satisfies(in -> {
            assertThat(in.text()).isEqualTo("/talk");
            assertThat(in.isPrivate()).isTrue();
            assertThat(in.conversation().id()).isEqualTo(Long.toString(DM_ID));
        });
        assertThat(directMessages.texts()).containsExactly("Hi, I'm Hearth, an automated companion. How are you, really?");
        assertThat(directMessages.sent).allSatisfy(JdaMocks::assertMentionsNobody);
        assertThat(hook.texts()).singleElement().isIn(phrases.variants(DiscordPhrases.TALK_SENT));
        assertThat(hook.ephemeral).containsExactly(true);
    }

    @Test
    @DisplayName("/talk with closed direct messages tells the person, ephemerally, how to open them")
    void talkWithClosedDirectMessages() {
        directMessages.failing(JdaMocks.cannotSendToUser());

        handler.onSlashCommand(slash("talk", member(false))).join();

        assertThat(hook.texts()).singleElement().isIn(phrases.variants(DiscordPhrases.DM_CLOSED));
        assertThat(hook.ephemeral).containsExactly(true);
    }

    @Test
    @DisplayName("an admin command from someone without Manage Server is refused and the core is never called")
    void adminCommandRefused() {
        SlashCommandInteraction interaction = slash("checkin-setup", member(false));

        handler.onSlashCommand(interaction).join();

        assertThat(core.received).isEmpty();
        assertThat(immediateReplies).singleElement().satisfies(reply -> {
            assertThat(reply.getContent()).isIn(phrases.variants(DiscordPhrases.ADMIN_REFUSED));
            JdaMocks.assertMentionsNobody(reply);
        });
        assertThat(ephemeralAcks).containsExactly(true);
        verify(interaction, never()).deferReply(anyBoolean());
    }

    @Test
    @DisplayName("an admin command from a server manager reaches the core with its options")
    void adminCommandAllowed() {
        SlashCommandInteraction interaction = slash("checkin-setup", member(true));
        var time = option("09:00");
        var days = option("mon-fri");
        var zone = option("Europe/Berlin");
        when(interaction.getOption("time")).thenReturn(time);
        when(interaction.getOption("days")).thenReturn(days);
        when(interaction.getOption("zone")).thenReturn(zone);

        handler.onSlashCommand(interaction).join();

        assertThat(core.received).singleElement()
                .satisfies(in -> assertThat(in.text()).isEqualTo("/checkin-setup 09:00 mon-fri Europe/Berlin"));
    }

    @Test
    @DisplayName("an admin command in a direct message is refused without calling the core")
    void adminCommandOutsideServer() {
        handler.onSlashCommand(slash("checkin-setup", null)).join();

        assertThat(core.received).isEmpty();
        assertThat(immediateReplies).singleElement()
                .satisfies(reply -> assertThat(reply.getContent()).isIn(phrases.variants(DiscordPhrases.ADMIN_SERVER_ONLY)));
    }

    @Test
    @DisplayName("a command Hearth no longer knows is answered without calling the core")
    void unknownCommand() {
        handler.onSlashCommand(slash("dance", null)).join();

        assertThat(core.received).isEmpty();
        assertThat(immediateReplies).singleElement()
                .satisfies(reply -> assertThat(reply.getContent()).isIn(phrases.variants(DiscordPhrases.COMMAND_UNKNOWN)));
    }

    @Test
    @DisplayName("a command the core answers with nothing removes the thinking placeholder")
    void noAnswerRemovesPlaceholder() {
        core.answering(inbound -> List.of());

        handler.onSlashCommand(slash("pause", member(false))).join();

        assertThat(hook.deletedOriginal).isTrue();
        assertThat(hook.sent).isEmpty();
    }
}
