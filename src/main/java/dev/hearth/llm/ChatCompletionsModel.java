package dev.hearth.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.core.person.StoredMessage;
import dev.hearth.core.respond.ModelPrompt;
import dev.hearth.core.respond.ReplyModel;
import dev.hearth.core.respond.ReplyModelException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A language model behind an OpenAI-compatible {@code /v1/chat/completions} endpoint (Ollama,
 * llama.cpp's server, vLLM, LM Studio). It sends the system prompt and the recent turns to the
 * configured base URL and nowhere else (no redirects followed, no proxy), asks for a streamed answer
 * and assembles its chunks (a server that answers in one piece is read too), and gives up when the whole
 * exchange takes longer than the timeout. The key, when set, goes only in the Authorization header.
 */
public final class ChatCompletionsModel implements ReplyModel {
    /** The most tokens asked for: a short reply, with room for a model that thinks aloud first. */
    static final int MAX_TOKENS = 300;

    private final URI endpoint;
    private final String model;
    private final Optional<String> key;
    private final Duration timeout;
    private final SystemPrompt systemPrompt;
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param baseUrl the server's address, e.g. {@code http://localhost:11434} (or ending in {@code /v1})
     * @param model   the model name the server knows
     * @param key     a bearer key, for servers that need one
     * @param timeout the longest the whole exchange may take
     */
    public ChatCompletionsModel(String baseUrl, String model, Optional<String> key, Duration timeout,
                                SystemPrompt systemPrompt, HttpClient client) {
        this.endpoint = endpoint(baseUrl);
        this.model = model;
        this.key = key;
        this.timeout = timeout;
        this.systemPrompt = systemPrompt;
        this.client = client;
    }

    /** A client that follows no redirect and uses no proxy: the person's words go to the base URL only. */
    public static HttpClient client(Duration timeout) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(timeout)
                .build();
    }

    /** The chat completions address for a base URL, with or without its {@code /v1}. */
    static URI endpoint(String baseUrl) {
        String base = baseUrl.strip().replaceAll("/+$", "");
        return URI.create(base.endsWith("/v1") ? base + "/chat/completions" : base + "/v1/chat/completions");
    }

    @Override
    public String phrase(ModelPrompt prompt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(prompt)));
        key.ifPresent(k -> request.header("Authorization", "Bearer " + k));
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new ReplyModelException("timeout");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReplyModelException("interrupted");
        } catch (ExecutionException e) {
            boolean slow = e.getCause() instanceof java.net.http.HttpTimeoutException;
            throw new ReplyModelException(slow ? "timeout" : "unreachable");
        }
        if (response.statusCode() != 200) {
            throw new ReplyModelException("http-" + response.statusCode());
        }
        String content = answer(response.body());
        if (content.isBlank()) {
            throw new ReplyModelException("empty");
        }
        return content;
    }

    /** The request: the system prompt, then the turns as user and assistant messages; streamed. */
    String body(ModelPrompt prompt) {
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        body.put("stream", true);
        body.put("max_tokens", MAX_TOKENS);
        body.put("temperature", 0.7);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", systemPrompt.render(prompt));
        for (StoredMessage turn : prompt.turns()) {
            messages.addObject()
                    .put("role", turn.author().equals(StoredMessage.HEARTH) ? "assistant" : "user")
                    .put("content", turn.text());
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new ReplyModelException("malformed");
        }
    }

    /** The reply's text from a streamed (server-sent events) or a one-piece answer. */
    String answer(String body) {
        String text = body.strip();
        try {
            if (text.startsWith("data:") || text.startsWith("event:") || text.startsWith(":")) {
                return streamed(text);
            }
            JsonNode whole = json.readTree(text);
            if (whole == null || !whole.path("choices").isArray()) {
                throw new ReplyModelException(text.isEmpty() ? "empty" : "malformed");
            }
            return content(whole.path("choices").path(0).path("message"));
        } catch (JsonProcessingException e) {
            throw new ReplyModelException("malformed");
        }
    }

    private String streamed(String body) throws JsonProcessingException {
        StringBuilder reply = new StringBuilder();
        boolean done = false;
        for (String line : body.lines().toList()) {
            if (!line.startsWith("data:")) {
                continue; // blank separators, comments, event names
            }
            String data = line.substring(5).strip();
            if (data.equals("[DONE]")) {
                done = true;
                break;
            }
            JsonNode chunk = json.readTree(data);
            if (chunk == null || chunk.has("error")) {
                throw new ReplyModelException("malformed");
            }
            JsonNode choice = chunk.path("choices").path(0);
            JsonNode delta = choice.path("delta");
            reply.append(delta.isObject() ? content(delta) : content(choice.path("message")));
            if (!choice.path("finish_reason").isMissingNode() && !choice.path("finish_reason").isNull()) {
                done = true;
            }
        }
        if (!done) {
            throw new ReplyModelException("malformed"); // the stream broke off
        }
        return reply.toString();
    }

    private static String content(JsonNode message) {
        JsonNode content = message.path("content");
        if (content.isMissingNode() || content.isNull()) {
            return "";
        }
        if (!content.isTextual()) {
            throw new ReplyModelException("malformed");
        }
        return content.asText();
    }
}
