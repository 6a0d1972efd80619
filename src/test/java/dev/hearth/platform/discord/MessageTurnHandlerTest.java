package dev.hearth.platform.discord;

import static dev.hearth.platform.discord.JdaMocks.NOW;
import static dev.hearth.platform.discord.JdaMocks.SELF_ID;
import static dev.hearth.platform.discord.JdaMocks.snowflake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.hearth.core.Reply;
import dev.hearth.platform.discord.JdaMocks.ChannelSpy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessageTurnHandlerTest {
    private static final long USER_ID = 200_000_000_000_000_002L;
    private static final String PRIVATE_WORDS = "It sounds like work has been crushing you lately.";

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final FakeConversations core = new FakeConversations(events);
    private final DiscordPhrases phrases = JdaMocks.phrases();
    private final MessageTurnHandler handler = new MessageTurnHandler(core, new InboundTranslator(JdaMocks.CLOCK),
            new MessageRenderer(), phrases, new SerialLanes(Runnable::run));
    private final JDA jda = JdaMocks.jda();
    private final ChannelSpy<PrivateChannel> directMessages =
            new ChannelSpy<>(PrivateChannel.class, 400_000_000_000_000_004L, events, "dm");
    private final ChannelSpy<MessageChannelUnion> serverChannel =
            new ChannelSpy<>(MessageChannelUnion.class, 500_000_000_000_000_005L, events, "server");
    private final User person = JdaMocks.user(USER_ID, "Robin", directMessages.channel);

    // In a direct message the event's channel is the direct-message channel itself.
    private final ChannelSpy<MessageChannelUnion> dmAsUnion =
            new ChannelSpy<>(MessageChannelUnion.class, 400_000_000_000_000_004L, events, "dm");

    private Message message(String content, boolean inServer) {
        Message message = mock(Message.class);
        Mentions mentions = mock(Mentions.class);
        when(mentions.isMentioned(any(), eq(Message.MentionType.USER))).thenReturn(inServer);
        when(message.getMentions()).thenReturn(mentions);
        when(message.getAuthor()).thenReturn(person);
        when(message.getChannel()).thenReturn(inServer ? serverChannel.channel : dmAsUnion.channel);
        when(message.getContentRaw()).thenReturn(content);
        when(message.isFromGuild()).thenReturn(inServer);
        when(message.getIdLong()).thenReturn(snowflake(NOW, 1));
        when(message.getJDA()).thenReturn(jda);
        return message;
    }

    @Test
    @DisplayName("a direct message goes through the core, with typing shown first and the reply sent back there")
    void directMessageTurn() {
        core.answering(Reply.text("I'm sorry today has been so heavy.", "Would you like to tell me more?"));

        handler.onMessage(message("I'm just feeling so down today.", false)).join();

        assertThat(core.received).singleElement().satisfies(in -> {
            assertThat(in.text()).isEqualTo("I'm just feeling so down today.");
            assertThat(in.isPrivate()).isTrue();
        });
        assertThat(events).containsExactly("typing:dm", "core", "send:dm", "send:dm");
        assertThat(dmAsUnion.texts()).containsExactly("I'm sorry today has been so heavy.", "Would you like to tell me more?");
        assertThat(dmAsUnion.sent).allSatisfy(JdaMocks::assertMentionsNobody);
    }

    @Test
    @DisplayName("a 5,000-character reply reaches the person as three messages")
    void longReplySplit() {
        String sentence = "It makes sense to feel tired when so much is asked of you every day. ";
        core.answering(Reply.text(sentence.repeat(5000 / sentence.length() + 1)));

        handler.onMessage(message("tell me more", false)).join();

        assertThat(dmAsUnion.sent).hasSize(3).allSatisfy(m -> {
            assertThat(m.getContent().length()).isLessThanOrEqualTo(2000);
            JdaMocks.assertMentionsNobody(m);
        });
    }

    @Test
    @DisplayName("in a server, a public reply goes to the channel and a private one to the person's direct messages")
    void serverMentionSplitsByVisibility() {
        core.answering(Reply.text("Thanks for reaching out.").asPublic(), Reply.text(PRIVATE_WORDS));

        handler.onMessage(message("<@" + SELF_ID + "> I'm having a rough day", true)).join();

        assertThat(core.received).singleElement().satisfies(in -> {
            assertThat(in.isPrivate()).isFalse();
            assertThat(in.text()).isEqualTo("I'm having a rough day");
        });
        assertThat(serverChannel.texts()).containsExactly("Thanks for reaching out.");
        assertThat(directMessages.texts()).containsExactly(PRIVATE_WORDS);
        assertThat(serverChannel.sent).allSatisfy(JdaMocks::assertMentionsNobody);
        assertThat(directMessages.sent).allSatisfy(JdaMocks::assertMentionsNobody);
    }

    @Test
    @DisplayName("in a server, when every reply was private the channel only learns that a direct message was sent")
    void privateOnlyReplyLeavesNotice() {
        core.answering(Reply.text(PRIVATE_WORDS));

        handler.onMessage(message("<@" + SELF_ID + "> I'm having a rough day", true)).join();

        assertThat(directMessages.texts()).containsExactly(PRIVATE_WORDS);
        assertThat(serverChannel.texts()).singleElement().isIn(phrases.variants(DiscordPhrases.DM_SENT));
    }

    @Test
    @DisplayName("closed direct messages (50007) get a how-to-open sentence in the channel and nothing personal")
    void closedDirectMessages() {
        directMessages.failing(JdaMocks.cannotSendToUser());
        core.answering(Reply.text(PRIVATE_WORDS), Reply.text("And one more private thought."));

        handler.onMessage(message("<@" + SELF_ID + "> I'm having a rough day", true)).join();

        assertThat(serverChannel.texts()).singleElement().satisfies(text -> {
            assertThat(text).isIn(phrases.variants(DiscordPhrases.DM_CLOSED));
            assertThat(text).doesNotContain(PRIVATE_WORDS).doesNotContain("rough day").doesNotContain("private thought");
        });
        assertThat(serverChannel.sent).allSatisfy(JdaMocks::assertMentionsNobody);
        assertThat(directMessages.sent).isEmpty();
    }

    @Test
    @DisplayName("a server message without a mention never reaches the core")
    void ignoresUnmentioned() {
        Message message = message("talking among ourselves", true);
        when(message.getMentions().isMentioned(any(), eq(Message.MentionType.USER))).thenReturn(false);

        handler.onMessage(message).join();

        assertThat(core.received).isEmpty();
        assertThat(serverChannel.sent).isEmpty();
    }

    @Test
    @DisplayName("if the core fails, the person gets a short apology instead of silence")
    void coreFailure() {
        core.answering(inbound -> {
            throw new IllegalStateException("boom");
        });

        handler.onMessage(message("hello", false)).join();

        assertThat(dmAsUnion.texts()).singleElement().isIn(phrases.variants(DiscordPhrases.ERROR));
    }
}
