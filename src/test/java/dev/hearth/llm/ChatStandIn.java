package dev.hearth.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local stand-in for an OpenAI-compatible chat completions server: it records every request (path,
 * headers, JSON body) and answers with what the test scripted, in order; with nothing scripted, a
 * short, safe, streamed reply.
 */
public final class ChatStandIn extends Dispatcher implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The reply given when nothing else is scripted. */
    public static final String DEFAULT_REPLY = "That sounds like a heavy load to carry.";

    private final MockWebServer server = new MockWebServer();
    private final Deque<MockResponse> scripted = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();

    /** One request as the stand-in saw it. */
    public record Request(String path, String authorization, JsonNode body) {
        /** The system message's text. */
        public String system() {
            return body.path("messages").path(0).path("content").asText();
        }

        /** Every message's text, system prompt included, joined. */
        public String everything() {
            StringBuilder all = new StringBuilder();
            body.path("messages").forEach(m -> all.append(m.path("content").asText()).append('\n'));
            return all.toString();
        }

        /** The conversation messages after the system prompt, as role and content. */
        public List<String[]> turns() {
            List<String[]> out = new ArrayList<>();
            JsonNode messages = body.path("messages");
            for (int i = 1; i < messages.size(); i++) {
                out.add(new String[] {messages.get(i).path("role").asText(), messages.get(i).path("content").asText()});
            }
            return out;
        }
    }

    public ChatStandIn() {
        server.setDispatcher(this);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to configure (without /v1). */
    public String baseUrl() {
        return "http://" + server.getHostName() + ":" + server.getPort();
    }

    /** Answers the next request with this response. */
    public ChatStandIn then(MockResponse response) {
        synchronized (scripted) {
            scripted.add(response);
        }
        return this;
    }

    /** Answers the next request with this reply, streamed in a few chunks. */
    public ChatStandIn replies(String text) {
        return then(streamed(text));
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            json = JSON.createObjectNode();
        }
        synchronized (this) {
            requests.add(new Request(request.getUrl().encodedPath(), request.getHeaders().get("Authorization"), json));
        }
        synchronized (scripted) {
            MockResponse next = scripted.poll();
            return next != null ? next : streamed(DEFAULT_REPLY);
        }
    }

    /** A streamed (server-sent events) answer carrying the text in chunks of a few words. */
    public static MockResponse streamed(String text) {
        StringBuilder events = new StringBuilder();
        String[] words = text.split("(?<= )");
        for (int i = 0; i < words.length; i += 3) {
            StringBuilder piece = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + 3); j++) {
                piece.append(words[j]);
            }
            events.append("data: ").append(chunk(piece.toString(), null)).append("\n\n");
        }
        events.append("data: ").append(chunk("", "stop")).append("\n\n").append("data: [DONE]\n\n");
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body(events.toString()).build();
    }

    /** A one-piece (not streamed) answer. */
    public static MockResponse whole(String text) {
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", text);
        return json(200, answer.toString());
    }

    /** An answer that arrives only after the delay. */
    public static MockResponse slow(String text, long millis) {
        return streamed(text).newBuilder().headersDelay(millis, TimeUnit.MILLISECONDS).build();
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static String chunk(String content, String finish) {
        ObjectNode chunk = JSON.createObjectNode();
        ObjectNode choice = chunk.putArray("choices").addObject();
        choice.putObject("delta").put("content", content);
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return chunk.toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
