package dev.hearth.platform.discord;

import static dev.hearth.platform.discord.JdaMocks.NOW;
import static dev.hearth.platform.discord.JdaMocks.SELF_ID;
import static dev.hearth.platform.discord.JdaMocks.snowflake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.hearth.core.ConversationRef;
import dev.hearth.core.Inbound;
import dev.hearth.core.UserRef;
import dev.hearth.core.command.CommandOption;
import dev.hearth.core.command.CommandSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InboundTranslatorTest {
    private static final long USER_ID = 200_000_000_000_000_002L;
    private static final long CHANNEL_ID = 300_000_000_000_000_003L;

    private final InboundTranslator translator = new InboundTranslator(JdaMocks.CLOCK);
    private final JDA jda = JdaMocks.jda();
    private final User author = JdaMocks.user(USER_ID, "Robin", null);

    private Message message(String content, boolean inServer, boolean mentionsHearth, Instant at) {
        Message message = mock(Message.class);
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(channel.getIdLong()).thenReturn(CHANNEL_ID);
        Mentions mentions = mock(Mentions.class);
        when(mentions.isMentioned(any(), eq(Message.MentionType.USER))).thenReturn(mentionsHearth);
        when(message.getMentions()).thenReturn(mentions);
        when(message.getAuthor()).thenReturn(author);
        when(message.getChannel()).thenReturn(channel);
        when(message.getContentRaw()).thenReturn(content);
        when(message.isFromGuild()).thenReturn(inServer);
        when(message.getIdLong()).thenReturn(snowflake(at, 1));
        when(message.getJDA()).thenReturn(jda);
        return message;
    }

    @Test
    @DisplayName("a direct message becomes a private inbound from the person in that channel")
    void directMessage() {
        Message message = message("I'm just feeling so down today.", false, false, NOW.minusSeconds(2));

        Optional<Inbound> inbound = translator.fromMessage(message, jda.getSelfUser());

        assertThat(inbound).hasValueSatisfying(in -> {
            assertThat(in.user()).isEqualTo(new UserRef("discord", Long.toString(USER_ID)));
            assertThat(in.conversation()).isEqualTo(new ConversationRef("discord", Long.toString(CHANNEL_ID)));
            assertThat(in.text()).isEqualTo("I'm just feeling so down today.");
            assertThat(in.isPrivate()).isTrue();
            assertThat(in.at()).isEqualTo(NOW.minusSeconds(2));
            assertThat(in.displayName()).isEqualTo("Robin");
            assertThat(in.action()).isEmpty();
        });
    }

    @Test
    @DisplayName("a server message that mentions Hearth becomes a public inbound with the mention stripped")
    void serverMention() {
        Message message = message("<@" + SELF_ID + "> I'm having a rough day", true, true, NOW);
        Message nicknameForm = message("Hey <@!" + SELF_ID + ">, I'm having a rough day", true, true, NOW);

        Optional<Inbound> inbound = translator.fromMessage(message, jda.getSelfUser());
        Optional<Inbound> nickname = translator.fromMessage(nicknameForm, jda.getSelfUser());

        assertThat(inbound).hasValueSatisfying(in -> {
            assertThat(in.text()).isEqualTo("I'm having a rough day");
            assertThat(in.isPrivate()).isFalse();
        });
        assertThat(nickname).hasValueSatisfying(in -> assertThat(in.text()).isEqualTo("Hey, I'm having a rough day"));
    }

    @Test
    @DisplayName("a server message that does not mention Hearth is not Hearth's business")
    void serverWithoutMention() {
        Message message = message("just chatting", true, false, NOW);

        assertThat(translator.fromMessage(message, jda.getSelfUser())).isEmpty();
    }

    @Test
    @DisplayName("messages from bots and webhooks are ignored, so Hearth never talks to itself")
    void ignoresBots() {
        Message fromBot = message("hello", false, false, NOW);
        when(author.isBot()).thenReturn(true);
        Message fromWebhook = message("hello", true, true, NOW);

        assertThat(translator.fromMessage(fromBot, jda.getSelfUser())).isEmpty();
        when(author.isBot()).thenReturn(false);
        when(fromWebhook.isWebhookMessage()).thenReturn(true);
        assertThat(translator.fromMessage(fromWebhook, jda.getSelfUser())).isEmpty();
    }

    @Test
    @DisplayName("a platform time ahead of Hearth's clock is pulled back to the clock")
    void clampsFutureTime() {
        Message message = message("hello", false, false, NOW.plus(Duration.ofMinutes(3)));

        assertThat(translator.fromMessage(message, jda.getSelfUser())).hasValueSatisfying(in -> assertThat(in.at()).isEqualTo(NOW));
    }

    @Test
    @DisplayName("a slash command becomes '/name' plus its option values in the command's order")
    void slashCommand() {
        CommandSpec mood = TestCatalog.COMMANDS.stream().filter(c -> c.name().equals("mood")).findFirst().orElseThrow();
        SlashCommandInteraction interaction = slash("mood", false);
        OptionMapping score = option("3");
        OptionMapping note = option("tired but okay");
        when(interaction.getOption("note")).thenReturn(note);
        when(interaction.getOption("score")).thenReturn(score);

        Inbound inbound = translator.fromSlashCommand(interaction, mood);

        assertThat(inbound.text()).isEqualTo("/mood 3 tired but okay");
        assertThat(inbound.isPrivate()).isTrue();
        assertThat(inbound.locale()).isEqualTo(Locale.forLanguageTag("en-GB"));
    }

    @Test
    @DisplayName("a slash command in a server is a public inbound and skips options left empty")
    void slashCommandInServer() {
        CommandSpec mood = TestCatalog.COMMANDS.stream().filter(c -> c.name().equals("mood")).findFirst().orElseThrow();
        SlashCommandInteraction interaction = slash("mood", true);
        OptionMapping note = option("rainy");
        when(interaction.getOption("note")).thenReturn(note);

        Inbound inbound = translator.fromSlashCommand(interaction, mood);

        assertThat(inbound.text()).isEqualTo("/mood rainy");
        assertThat(inbound.isPrivate()).isFalse();
    }

    @Test
    @DisplayName("a picked role and channel arrive as their mentions, a yes/no option as its name or nothing")
    void typedOptions() {
        CommandSpec spec = new CommandSpec("support-role", "Set the support team", List.of(
                new CommandOption("role", "role", false, CommandOption.Kind.ROLE),
                new CommandOption("channel", "channel", false, CommandOption.Kind.CHANNEL),
                new CommandOption("off", "off", false, CommandOption.Kind.FLAG)), true);
        SlashCommandInteraction set = slash("support-role", true);
        OptionMapping role = mock(OptionMapping.class);
        when(role.getAsLong()).thenReturn(111L);
        OptionMapping channel = mock(OptionMapping.class);
        when(channel.getAsLong()).thenReturn(222L);
        OptionMapping no = mock(OptionMapping.class);
        when(no.getAsBoolean()).thenReturn(false);
        when(set.getOption("role")).thenReturn(role);
        when(set.getOption("channel")).thenReturn(channel);
        when(set.getOption("off")).thenReturn(no);
        SlashCommandInteraction off = slash("support-role", true);
        OptionMapping yes = mock(OptionMapping.class);
        when(yes.getAsBoolean()).thenReturn(true);
        when(off.getOption("off")).thenReturn(yes);

        assertThat(translator.fromSlashCommand(set, spec).text()).isEqualTo("/support-role <@&111> <#222>");
        assertThat(translator.fromSlashCommand(off, spec).text()).isEqualTo("/support-role off");
    }

    @Test
    @DisplayName("a pressed button becomes an inbound whose action is the button's id")
    void button() {
        ButtonInteraction interaction = mock(ButtonInteraction.class);
        when(interaction.getUser()).thenReturn(author);
        when(interaction.getIdLong()).thenReturn(snowflake(NOW, 9));
        when(interaction.getChannelIdLong()).thenReturn(CHANNEL_ID);
        when(interaction.getComponentId()).thenReturn("mood:4");
        when(interaction.getButton()).thenReturn(Button.secondary("mood:4", "4"));

        Inbound inbound = translator.fromButton(interaction);

        assertThat(inbound.action()).contains("mood:4");
        assertThat(inbound.text()).isEmpty();
        assertThat(inbound.isPrivate()).isTrue();
    }

    private SlashCommandInteraction slash(String name, boolean inServer) {
        SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
        when(interaction.getName()).thenReturn(name);
        when(interaction.getUser()).thenReturn(author);
        when(interaction.getIdLong()).thenReturn(snowflake(NOW, 5));
        when(interaction.getChannelIdLong()).thenReturn(CHANNEL_ID);
        when(interaction.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_UK);
        when(interaction.getGuild()).thenReturn(inServer ? mock(Guild.class) : null);
        return interaction;
    }

    static OptionMapping option(String value) {
        OptionMapping mapping = mock(OptionMapping.class);
        when(mapping.getAsString()).thenReturn(value);
        return mapping;
    }
}
