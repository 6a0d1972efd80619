package dev.hearth.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;

/**
 * Mockito stand-ins for JDA's public interfaces, recording what Hearth sends. No JDA internals: every
 * mock is of an interface from {@code net.dv8tion.jda.api}.
 */
final class JdaMocks {
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final long SELF_ID = 1_100_000_000_000_000_001L;

    private JdaMocks() {
    }

    /** A Discord id whose timestamp is the given instant, as Discord makes them. */
    static long snowflake(Instant at, int increment) {
        return ((at.toEpochMilli() - TimeUtil.DISCORD_EPOCH) << TimeUtil.TIMESTAMP_OFFSET) + increment;
    }

    static DiscordPhrases phrases() {
        return DiscordPhrases.load(new SplittableRandom(7));
    }

    /** A channel (server channel or direct messages) that records every message sent to it. */
    static final class ChannelSpy<T extends MessageChannel> {
        final T channel;
        final List<MessageCreateData> sent = new CopyOnWriteArrayList<>();
        private RuntimeException failure;

        @SuppressWarnings("unchecked")
        ChannelSpy(Class<T> type, long id, List<String> events, String name) {
            channel = mock(type);
            when(channel.getIdLong()).thenReturn(id);
            when(channel.sendMessage(any(MessageCreateData.class))).thenAnswer(call -> {
                MessageCreateAction action = mock(MessageCreateAction.class);
                MessageCreateData data = call.getArgument(0);
                when(action.complete()).thenAnswer(done -> {
                    if (failure != null) {
                        throw failure;
                    }
                    events.add("send:" + name);
                    sent.add(data);
                    return mock(Message.class);
                });
                return action;
            });
            RestAction<Void> typing = mock(RestAction.class);
            when(typing.complete()).thenAnswer(done -> {
                events.add("typing:" + name);
                return null;
            });
            when(channel.sendTyping()).thenReturn(typing);
        }

        /** Every send fails with this error from now on. */
        ChannelSpy<T> failing(RuntimeException error) {
            failure = error;
            return this;
        }

        List<String> texts() {
            return sent.stream().map(MessageCreateData::getContent).toList();
        }
    }

    /** An interaction hook that records what it sends and whether each was ephemeral. */
    static final class HookSpy {
        final InteractionHook hook = mock(InteractionHook.class);
        final List<MessageCreateData> sent = new CopyOnWriteArrayList<>();
        final List<Boolean> ephemeral = new CopyOnWriteArrayList<>();
        boolean deletedOriginal;

        @SuppressWarnings("unchecked")
        HookSpy(List<String> events) {
            when(hook.sendMessage(any(MessageCreateData.class))).thenAnswer(call -> {
                WebhookMessageCreateAction<Message> action = mock(WebhookMessageCreateAction.class);
                MessageCreateData data = call.getArgument(0);
                boolean[] flag = new boolean[1];
                when(action.setEphemeral(anyBoolean())).thenAnswer(set -> {
                    flag[0] = set.getArgument(0);
                    return action;
                });
                when(action.complete()).thenAnswer(done -> {
                    events.add("hook");
                    sent.add(data);
                    ephemeral.add(flag[0]);
                    return mock(Message.class);
                });
                return action;
            });
            RestAction<Void> delete = mock(RestAction.class);
            when(delete.complete()).thenAnswer(done -> {
                deletedOriginal = true;
                return null;
            });
            when(hook.deleteOriginal()).thenReturn(delete);
        }

        List<String> texts() {
            return sent.stream().map(MessageCreateData::getContent).toList();
        }
    }

    /** A person whose direct messages are the given channel. */
    @SuppressWarnings("unchecked")
    static User user(long id, String name, PrivateChannel directMessages) {
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(id);
        when(user.getEffectiveName()).thenReturn(name);
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        when(open.complete()).thenReturn(directMessages);
        when(user.openPrivateChannel()).thenReturn(open);
        return user;
    }

    /** The JDA instance whose self user is Hearth. */
    static JDA jda() {
        JDA jda = mock(JDA.class);
        SelfUser self = mock(SelfUser.class);
        when(self.getIdLong()).thenReturn(SELF_ID);
        when(jda.getSelfUser()).thenReturn(self);
        return jda;
    }

    /** The error Discord answers when a person's direct messages are closed to Hearth. */
    static ErrorResponseException cannotSendToUser() {
        return errorResponse(ErrorResponse.CANNOT_SEND_TO_USER, 403, "Forbidden",
                "{\"code\":50007,\"message\":\"Cannot send messages to this user\"}");
    }

    /** A Discord 500, after JDA's own retries. */
    static ErrorResponseException serverError() {
        return errorResponse(ErrorResponse.SERVER_ERROR, 500, "Internal Server Error",
                "{\"code\":0,\"message\":\"500: Internal Server Error\"}");
    }

    private static ErrorResponseException errorResponse(ErrorResponse error, int status, String reason, String json) {
        okhttp3.Response raw = new okhttp3.Response.Builder()
                .request(new Request.Builder().url("https://discord.com/api/v10/channels/1/messages").build())
                .protocol(Protocol.HTTP_1_1)
                .code(status)
                .message(reason)
                .body(ResponseBody.create(json, MediaType.get("application/json")))
                .build();
        return ErrorResponseException.create(error, new Response(raw, status, reason, -1, Set.of()));
    }

    /** Asserts the message can ping nobody: no mention types, users or roles allowed. */
    static void assertMentionsNobody(MessageCreateData data) {
        assertThat(data.getAllowedMentions()).as("allowed mention types").isEmpty();
        assertThat(data.getMentionedUsers()).as("allowed user mentions").isEmpty();
        assertThat(data.getMentionedRoles()).as("allowed role mentions").isEmpty();
        assertThat(data.isMentionRepliedUser()).as("mention replied user").isFalse();
        assertThat(data.toData().getObject("allowed_mentions").getArray("parse").isEmpty())
                .as("allowed_mentions.parse sent to Discord").isTrue();
    }
}
