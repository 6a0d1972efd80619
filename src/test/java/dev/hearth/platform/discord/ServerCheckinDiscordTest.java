package dev.hearth.platform.discord;

import static dev.hearth.platform.discord.JdaMocks.NOW;
import static dev.hearth.platform.discord.JdaMocks.snowflake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.hearth.core.Inbound;
import dev.hearth.core.checkin.SpaceDepartures;
import dev.hearth.core.command.CommandOption;
import dev.hearth.core.command.CommandSpec;
import dev.hearth.testing.RecordingDepartures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Discord: server check-ins at the edge")
class ServerCheckinDiscordTest {
    private static final long GUILD_ID = 700_000_000_000_000_007L;
    private static final long MEMBER_ID = 200_000_000_000_000_044L;
    private static final long CHANNEL_ID = 300_000_000_000_000_003L;
    private static final CommandSpec SETUP = new CommandSpec("checkin-setup", "Set up a check-in", List.of(
            new CommandOption("time", "time", true), new CommandOption("zone", "zone", false),
            new CommandOption("days", "days", false), new CommandOption("prompt", "prompt", false)), true);

    private final InboundTranslator translator = new InboundTranslator(JdaMocks.CLOCK);
    private final User author = JdaMocks.user(200_000_000_000_000_002L, "Robin", null);
    private final Guild guild = guild();

    private static Guild guild() {
        Guild guild = mock(Guild.class);
        when(guild.getIdLong()).thenReturn(GUILD_ID);
        return guild;
    }

    private static Member member(boolean managesServer) {
        Member member = mock(Member.class);
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(managesServer);
        return member;
    }

    private SlashCommandInteraction slash(Member member) {
        SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
        when(interaction.getName()).thenReturn(SETUP.name());
        when(interaction.getUser()).thenReturn(author);
        when(interaction.getIdLong()).thenReturn(snowflake(NOW, 5));
        when(interaction.getChannelIdLong()).thenReturn(CHANNEL_ID);
        when(interaction.getGuild()).thenReturn(guild);
        when(interaction.getMember()).thenReturn(member);
        return interaction;
    }

    private static void option(SlashCommandInteraction interaction, String name, String value) {
        OptionMapping mapping = mock(OptionMapping.class);
        when(mapping.getAsString()).thenReturn(value);
        when(interaction.getOption(name)).thenReturn(mapping);
    }

    @Test
    @DisplayName("a slash command from a member with Manage Server is an admin's, in that server")
    void managerIsAdmin() {
        Inbound inbound = translator.fromSlashCommand(slash(member(true)), SETUP);

        assertThat(inbound.space()).contains(Long.toUnsignedString(GUILD_ID));
        assertThat(inbound.fromAdmin()).isTrue();
        assertThat(inbound.isPrivate()).isFalse();
    }

    @Test
    @DisplayName("a member without Manage Server, or one Discord did not send, is not an admin")
    void othersAreNotAdmins() {
        Inbound plain = translator.fromSlashCommand(slash(member(false)), SETUP);
        Inbound unknown = translator.fromSlashCommand(slash(null), SETUP);

        assertThat(plain.fromAdmin()).isFalse();
        assertThat(plain.space()).contains(Long.toUnsignedString(GUILD_ID));
        assertThat(unknown.fromAdmin()).isFalse();
    }

    @Test
    @DisplayName("/checkin-setup options become the same text form as typed: time, zone, days, prompt in order")
    void setupTextForm() {
        SlashCommandInteraction interaction = slash(member(true));
        option(interaction, "prompt", "How is everyone?");
        option(interaction, "days", "weekdays");
        option(interaction, "zone", "Europe/Berlin");
        option(interaction, "time", "09:00");

        Inbound inbound = translator.fromSlashCommand(interaction, SETUP);

        assertThat(inbound.text()).isEqualTo("/checkin-setup 09:00 Europe/Berlin weekdays How is everyone?");
    }

    @Test
    @DisplayName("a press on a server check-in post carries the server, and is no admin's without the permission")
    void buttonInServer() {
        ButtonInteraction interaction = mock(ButtonInteraction.class);
        when(interaction.getUser()).thenReturn(author);
        when(interaction.getIdLong()).thenReturn(snowflake(NOW, 9));
        when(interaction.getChannelIdLong()).thenReturn(CHANNEL_ID);
        when(interaction.getComponentId()).thenReturn("smood:12:3");
        when(interaction.getGuild()).thenReturn(guild);
        Member member = member(false);
        when(interaction.getMember()).thenReturn(member);

        Inbound inbound = translator.fromButton(interaction);

        assertThat(inbound.action()).contains("smood:12:3");
        assertThat(inbound.space()).contains(Long.toUnsignedString(GUILD_ID));
        assertThat(inbound.fromAdmin()).isFalse();
    }

    @Test
    @DisplayName("a server message mentioning Hearth carries the server and the author's admin rights")
    void mentionInServer() {
        JDA jda = JdaMocks.jda();
        Message message = mock(Message.class);
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(channel.getIdLong()).thenReturn(CHANNEL_ID);
        Mentions mentions = mock(Mentions.class);
        when(mentions.isMentioned(any(), eq(Message.MentionType.USER))).thenReturn(true);
        when(message.getMentions()).thenReturn(mentions);
        when(message.getAuthor()).thenReturn(author);
        when(message.getChannel()).thenReturn(channel);
        when(message.getContentRaw()).thenReturn("<@" + JdaMocks.SELF_ID + "> /checkins");
        when(message.isFromGuild()).thenReturn(true);
        when(message.getIdLong()).thenReturn(snowflake(NOW, 1));
        when(message.getGuild()).thenReturn(guild);
        Member admin = member(true);
        when(message.getMember()).thenReturn(admin);

        Optional<Inbound> inbound = translator.fromMessage(message, jda.getSelfUser());

        assertThat(inbound).hasValueSatisfying(in -> {
            assertThat(in.text()).isEqualTo("/checkins");
            assertThat(in.space()).contains(Long.toUnsignedString(GUILD_ID));
            assertThat(in.fromAdmin()).isTrue();
        });
    }

    @Test
    @DisplayName("when Hearth leaves a server, the departure is told with that server's id")
    void guildLeave() {
        RecordingDepartures departures = new RecordingDepartures();

        listener(departures).onGuildLeave(new GuildLeaveEvent(JdaMocks.jda(), 1, guild));

        assertThat(departures.told()).containsExactly("hearth left " + Long.toUnsignedString(GUILD_ID));
    }

    @Test
    @DisplayName("a member removed from a server is told with the server's id and the member; member events need the privileged intent")
    void memberRemoved() {
        RecordingDepartures departures = new RecordingDepartures();
        User member = JdaMocks.user(MEMBER_ID, "Lee", null);
        GuildMemberRemoveEvent event = mock(GuildMemberRemoveEvent.class);
        when(event.getGuild()).thenReturn(guild);
        when(event.getUser()).thenReturn(member);

        listener(departures).onGuildMemberRemove(event);

        assertThat(departures.told()).containsExactly("discord:" + Long.toUnsignedString(MEMBER_ID) + " left "
                + Long.toUnsignedString(GUILD_ID));
        assertThat(JdaShardManagerFactory.intents(DiscordSettings.singleShard("t")))
                .doesNotContain(GatewayIntent.GUILD_MEMBERS);
        assertThat(JdaShardManagerFactory.intents(new DiscordSettings("t", 1, 0, 0, true)))
                .contains(GatewayIntent.GUILD_MEMBERS).containsAll(JdaShardManagerFactory.INTENTS);
    }

    private DiscordListener listener(SpaceDepartures departures) {
        FakeConversations core = new FakeConversations(new ArrayList<>());
        SerialLanes lanes = new SerialLanes(Runnable::run);
        MessageRenderer renderer = new MessageRenderer();
        DiscordPhrases phrases = JdaMocks.phrases();
        return new DiscordListener(
                new MessageTurnHandler(core, translator, renderer, phrases, lanes),
                new SlashCommandHandler(core, new TestCatalog(), translator, renderer, phrases, lanes),
                new ButtonHandler(core, translator, renderer, phrases, lanes),
                departures);
    }
}
