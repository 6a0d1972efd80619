package dev.hearth.platform.discord;

import static dev.hearth.platform.discord.JdaMocks.NOW;
import static dev.hearth.platform.discord.JdaMocks.snowflake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.hearth.core.Conversations;
import dev.hearth.core.UnreachablePeople;
import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.SpaceDepartures;
import dev.hearth.core.command.CommandCatalog;
import dev.hearth.core.command.CommandSpec;
import dev.hearth.core.support.SupportCommands;
import dev.hearth.core.support.SupportSetting;
import dev.hearth.core.support.SupportStore;
import dev.hearth.core.support.SupportTeams;
import dev.hearth.data.YamlResources;
import dev.hearth.platform.discord.JdaMocks.ChannelSpy;
import dev.hearth.platform.discord.JdaMocks.HookSpy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The support role on Discord")
class SupportRoleDiscordTest {
    private static final long GUILD_ID = 100_000_000_000_000_001L;
    private static final long OTHER_GUILD_ID = 100_000_000_000_000_009L;
    private static final long ROLE_ID = 600_000_000_000_000_006L;
    private static final long STAFF_ID = 500_000_000_000_000_005L;
    private static final long PERSON_ID = 200_000_000_000_000_002L;
    private static final UserRef PERSON = new UserRef("discord", Long.toUnsignedString(PERSON_ID));
    private static final SupportSetting SETTING = new SupportSetting("discord", Long.toUnsignedString(GUILD_ID),
            Long.toUnsignedString(ROLE_ID), Long.toUnsignedString(STAFF_ID), Instant.parse("2026-11-20T10:00:00Z"));

    @Nested
    @DisplayName("telling the team")
    class Notify {
        private final List<String> events = new CopyOnWriteArrayList<>();
        private final DiscordConnection connection = new DiscordConnection();
        private final ChannelSpy<GuildMessageChannel> staff =
                new ChannelSpy<>(GuildMessageChannel.class, STAFF_ID, events, "staff");
        private final Guild guild = mock(Guild.class);
        private final ShardManager manager = mock(ShardManager.class);
        private final List<String> notices = DiscordSupportTeams.loadNotices();
        private final DiscordSupportTeams teams =
                new DiscordSupportTeams(connection, new MessageRenderer(), notices, new SplittableRandom(3));

        Notify() {
            when(guild.getIdLong()).thenReturn(GUILD_ID);
            when(guild.getRoleById(ROLE_ID)).thenReturn(mock(Role.class));
            when(staff.channel.getGuild()).thenReturn(guild);
            when(staff.channel.canTalk()).thenReturn(true);
            when(manager.getChannelById(GuildMessageChannel.class, STAFF_ID)).thenReturn(staff.channel);
            connection.open(manager);
        }

        @Test
        @DisplayName("posts one line in the staff channel that may ping exactly the role and the person, nothing else")
        void allowedMentionsExactly() {
            SupportTeams.Delivery delivery = teams.notify(SETTING, PERSON);

            assertThat(delivery).isEqualTo(SupportTeams.Delivery.SENT);
            MessageCreateData sent = staff.sent.getFirst();
            assertThat(staff.sent).hasSize(1);
            assertThat(sent.getAllowedMentions()).as("no mention type is parsed: no @everyone, @here").isEmpty();
            assertThat(sent.getMentionedRoles()).containsExactly(Long.toUnsignedString(ROLE_ID));
            assertThat(sent.getMentionedUsers()).containsExactly(Long.toUnsignedString(PERSON_ID));
            assertThat(sent.isMentionRepliedUser()).isFalse();
            DataObject mentions = sent.toData().getObject("allowed_mentions");
            assertThat(mentions.getArray("parse").isEmpty()).isTrue();
            assertThat(mentions.getArray("roles").toList()).containsExactly(Long.toUnsignedString(ROLE_ID));
            assertThat(mentions.getArray("users").toList()).containsExactly(Long.toUnsignedString(PERSON_ID));
            assertThat(sent.getContent()).startsWith("<@&" + ROLE_ID + "> <@" + PERSON_ID + "> ");
            assertThat(sent.getContent().substring(("<@&" + ROLE_ID + "> <@" + PERSON_ID + "> ").length()))
                    .as("Hearth's own line, nothing of the person").isIn(notices);
            assertThat(sent.getComponents()).isEmpty();
            assertThat(sent.getAttachments()).isEmpty();
        }

        @Test
        @DisplayName("a staff channel that is gone makes the team unreachable, and nothing is sent")
        void channelGone() {
            when(manager.getChannelById(GuildMessageChannel.class, STAFF_ID)).thenReturn(null);

            assertThat(teams.notify(SETTING, PERSON)).isEqualTo(SupportTeams.Delivery.UNREACHABLE);
            assertThat(staff.sent).isEmpty();
        }

        @Test
        @DisplayName("a channel of another server is never posted to")
        void otherServer() {
            Guild other = mock(Guild.class);
            when(other.getIdLong()).thenReturn(OTHER_GUILD_ID);
            when(other.getRoleById(ROLE_ID)).thenReturn(mock(Role.class));
            when(staff.channel.getGuild()).thenReturn(other);

            assertThat(teams.notify(SETTING, PERSON)).isEqualTo(SupportTeams.Delivery.UNREACHABLE);
            assertThat(staff.sent).isEmpty();
        }

        @Test
        @DisplayName("a role that is gone makes the team unreachable")
        void roleGone() {
            when(guild.getRoleById(ROLE_ID)).thenReturn(null);

            assertThat(teams.notify(SETTING, PERSON)).isEqualTo(SupportTeams.Delivery.UNREACHABLE);
            assertThat(staff.sent).isEmpty();
        }

        @Test
        @DisplayName("the everyone role, or a bot's managed role, is never pinged as a team")
        void everyoneOrManagedRole() {
            Role everyone = mock(Role.class);
            when(everyone.isPublicRole()).thenReturn(true);
            Role managed = mock(Role.class);
            when(managed.isManaged()).thenReturn(true);

            when(guild.getRoleById(ROLE_ID)).thenReturn(everyone);
            SupportTeams.Delivery toEveryone = teams.notify(SETTING, PERSON);
            when(guild.getRoleById(ROLE_ID)).thenReturn(managed);
            SupportTeams.Delivery toBot = teams.notify(SETTING, PERSON);

            assertThat(toEveryone).isEqualTo(SupportTeams.Delivery.UNREACHABLE);
            assertThat(toBot).isEqualTo(SupportTeams.Delivery.UNREACHABLE);
            assertThat(staff.sent).isEmpty();
        }

        @Test
        @DisplayName("no permission to post, or Discord refusing the post, makes the team unreachable")
        void noPermission() {
            when(staff.channel.canTalk()).thenReturn(false);
            assertThat(teams.notify(SETTING, PERSON)).isEqualTo(SupportTeams.Delivery.UNREACHABLE);

            when(staff.channel.canTalk()).thenReturn(true);
            staff.failing(new IllegalStateException("missing access"));
            assertThat(teams.notify(SETTING, PERSON)).isEqualTo(SupportTeams.Delivery.UNREACHABLE);
            assertThat(staff.sent).isEmpty();
        }

        @Test
        @DisplayName("nothing is sent when Discord is not connected, or for another platform's setting")
        void notConnectedOrOtherPlatform() {
            SupportSetting telegram = new SupportSetting("telegram", "-100", "", "", SETTING.since());
            assertThat(teams.notify(telegram, new UserRef("telegram", "42")))
                    .isEqualTo(SupportTeams.Delivery.UNREACHABLE);

            connection.take();
            assertThat(teams.notify(SETTING, PERSON)).isEqualTo(SupportTeams.Delivery.UNREACHABLE);
            assertThat(staff.sent).isEmpty();
        }
    }

    @Nested
    @DisplayName("the /support-role command")
    class Command {
        private final CommandCatalog catalog = catalog();
        private final List<String> events = new CopyOnWriteArrayList<>();
        private final FakeConversations core = new FakeConversations(events);
        private final DiscordPhrases phrases = JdaMocks.phrases();
        private final SlashCommandHandler handler = new SlashCommandHandler(core, catalog,
                new InboundTranslator(JdaMocks.CLOCK), new MessageRenderer(), phrases, new SerialLanes(Runnable::run));
        private final HookSpy hook = new HookSpy(events);
        private final List<MessageCreateData> refusals = new CopyOnWriteArrayList<>();

        private CommandCatalog catalog() {
            SupportCommands commands = new SupportCommands(new NoStore(), new YamlResources("en").phrases(), Set.of());
            List<CommandSpec> specs = new ArrayList<>(commands.specs());
            return () -> specs;
        }

        private SlashCommandInteraction slash(boolean managesServer) {
            Member member = mock(Member.class);
            when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(managesServer);
            Guild guild = mock(Guild.class);
            when(guild.getIdLong()).thenReturn(GUILD_ID);
            var user = JdaMocks.user(PERSON_ID, "Robin", mock(PrivateChannel.class));
            // Discord's role and channel pickers send ids
            var role = mock(net.dv8tion.jda.api.interactions.commands.OptionMapping.class);
            when(role.getAsLong()).thenReturn(ROLE_ID);
            var channel = mock(net.dv8tion.jda.api.interactions.commands.OptionMapping.class);
            when(channel.getAsLong()).thenReturn(STAFF_ID);
            SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
            when(interaction.getName()).thenReturn(SupportCommands.ROLE_COMMAND);
            when(interaction.getUser()).thenReturn(user);
            when(interaction.getMember()).thenReturn(member);
            when(interaction.getGuild()).thenReturn(guild);
            when(interaction.getIdLong()).thenReturn(snowflake(NOW, 5));
            when(interaction.getChannelIdLong()).thenReturn(STAFF_ID);
            when(interaction.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
            when(interaction.getHook()).thenReturn(hook.hook);
            when(interaction.deferReply(anyBoolean())).thenReturn(mock(ReplyCallbackAction.class));
            when(interaction.reply(any(MessageCreateData.class))).thenAnswer(call -> {
                refusals.add(call.getArgument(0));
                ReplyCallbackAction action = mock(ReplyCallbackAction.class);
                when(action.setEphemeral(anyBoolean())).thenReturn(action);
                return action;
            });
            when(interaction.getOption("role")).thenReturn(role);
            when(interaction.getOption("channel")).thenReturn(channel);
            return interaction;
        }

        @Test
        @DisplayName("is offered by default only to members with Manage Server, and only in servers")
        void defaultPermission() {
            SlashCommandData command = new SlashCommandFactory(catalog).commands().stream()
                    .filter(c -> c.getName().equals(SupportCommands.ROLE_COMMAND)).findFirst().orElseThrow();

            assertThat(command.getDefaultPermissions())
                    .isEqualTo(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
            assertThat(command.getOptions()).extracting(o -> o.getName()).containsExactly("role", "channel", "off");
        }

        @Test
        @DisplayName("from a member without Manage Server is refused privately, and the core is never called")
        void refusedWithoutManageServer() {
            SlashCommandInteraction interaction = slash(false);

            handler.onSlashCommand(interaction).join();

            assertThat(core.received).isEmpty();
            assertThat(refusals).singleElement().satisfies(JdaMocks::assertMentionsNobody);
            verify(interaction, never()).deferReply(anyBoolean());
        }

        @Test
        @DisplayName("from a server manager reaches the core as an admin's, with the role and channel, answered ephemerally")
        void allowedWithManageServer() {
            SlashCommandInteraction interaction = slash(true);

            handler.onSlashCommand(interaction).join();

            assertThat(core.received).singleElement().satisfies(in -> {
                assertThat(in.text()).isEqualTo("/support-role <@&" + ROLE_ID + "> <#" + STAFF_ID + ">");
                assertThat(in.fromAdmin()).isTrue();
                assertThat(in.space()).contains(Long.toUnsignedString(GUILD_ID));
            });
            verify(interaction).deferReply(true);
            assertThat(hook.ephemeral).allMatch(Boolean::booleanValue);
        }
    }

    @Test
    @DisplayName("the module adds Discord's support teams, and the listener tells the bound departures when Hearth leaves")
    void module() {
        List<String> left = new CopyOnWriteArrayList<>();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireAtInjectOnConstructors();
                bind(Conversations.class).toInstance(new FakeConversations());
                bind(CommandCatalog.class).toInstance(new TestCatalog());
                bind(java.time.Clock.class).toInstance(JdaMocks.CLOCK);
                bind(SpaceDepartures.class).toInstance((platform, space) -> left.add("checkins:" + space));
                bind(UnreachablePeople.class).toInstance(UnreachablePeople.NONE);
            }
        }, new DiscordModule(DiscordSettings.singleShard("not-a-real-token")));

        Set<SupportTeams> teams = injector.getInstance(Key.get(new TypeLiteral<Set<SupportTeams>>() { }));
        assertThat(teams).singleElement().isInstanceOf(DiscordSupportTeams.class)
                .satisfies(t -> assertThat(t.kind()).isEqualTo(SupportTeams.Kind.ROLE_IN_CHANNEL));

        net.dv8tion.jda.api.events.guild.GuildLeaveEvent leave = mock(net.dv8tion.jda.api.events.guild.GuildLeaveEvent.class);
        Guild guild = mock(Guild.class);
        when(guild.getIdLong()).thenReturn(GUILD_ID);
        when(leave.getGuild()).thenReturn(guild);
        injector.getInstance(DiscordListener.class).onGuildLeave(leave);

        assertThat(left).containsExactly("checkins:" + GUILD_ID);    // the bound departures tell every feature
        injector.getInstance(DiscordPlatform.class).stop();
    }

    /** A store that holds nothing: the command tests never reach it. */
    private static final class NoStore implements SupportStore {
        @Override
        public void forgetRequest(UserRef person, String space) {
        }

        @Override
        public Optional<SupportSetting> setting(String platform, String space) {
            return Optional.empty();
        }

        @Override
        public void save(SupportSetting setting) {
        }

        @Override
        public boolean remove(String platform, String space) {
            return false;
        }

        @Override
        public boolean offered(UserRef person, String space, Instant at, Instant purgeBefore) {
            return false;
        }

        @Override
        public Optional<Instant> offeredAt(UserRef person, String space) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> notifiedAt(UserRef person, String space) {
            return Optional.empty();
        }

        @Override
        public boolean claimNotification(UserRef person, String space, Instant now, Instant offeredSince,
                                         Instant notNotifiedSince) {
            return false;
        }

        @Override
        public void releaseNotification(UserRef person, String space, Instant claimedAt) {
        }
    }
}
