package dev.hearth.platform.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local Telegram Bot API over real HTTP: answers getMe, deleteWebhook and getUpdates (long polling with
 * offsets, like Telegram: an offset acknowledges every update before it), and records every other call.
 * Failures can be scripted per method, and chats can be made to refuse messages with a 403.
 */
final class FakeBotApi extends Dispatcher implements AutoCloseable {
    static final String TOKEN = "123456:test-token";
    static final long BOT_ID = 4242;
    static final String BOT_USERNAME = "HearthTestBot";
    private static final long WAIT_MILLIS = 10_000;
    private static final Pattern MULTIPART_FIELD =
            Pattern.compile("name=\"([^\"]+)\"(?:; filename=\"([^\"]*)\")?[^\\n]*\\r?\\n(?:[^\\n]*\\r?\\n)*?\\r?\\n([^\\r\\n]*)");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectMapper json = JSON;
    private final MockWebServer server = new MockWebServer();
    private final List<ApiCall> calls = new CopyOnWriteArrayList<>();
    private final List<String> timeline;
    private final Object lock = new Object();
    private final List<JsonNode> pending = new ArrayList<>();
    private final Map<String, Deque<MockResponse>> scripted = new HashMap<>();
    private final Map<Long, String> refusingChats = new HashMap<>();
    private int nextUpdateId = 1;
    private int nextMessageId = 1000;
    private int acknowledged;
    private long pollWaitMillis = 150;
    private boolean closed;

    FakeBotApi(List<String> timeline) {
        this.timeline = timeline;
    }

    FakeBotApi() {
        this(new CopyOnWriteArrayList<>());
    }

    FakeBotApi start() throws IOException {
        server.setDispatcher(this);
        server.start();
        return this;
    }

    String url() {
        return "http://" + server.getHostName() + ":" + server.getPort();
    }

    TelegramSettings settings() {
        return new TelegramSettings(TOKEN, url());
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.close();
    }

    /** How long an empty getUpdates is held open, at most (Telegram holds it for the requested timeout). */
    void holdPollsFor(long millis) {
        synchronized (lock) {
            pollWaitMillis = millis;
        }
    }

    // ---- scripting ------------------------------------------------------------------------------------

    /** The next {@code times} calls of this method get this answer instead of the normal one. */
    void failNext(String method, int times, MockResponse response) {
        synchronized (lock) {
            Deque<MockResponse> queue = scripted.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                queue.add(response);
            }
        }
    }

    /** Messages to this chat are refused with a 403 and this description. */
    void refuseChat(long chatId, String description) {
        synchronized (lock) {
            refusingChats.put(chatId, description);
        }
    }

    static MockResponse tooManyRequests(int retryAfterSeconds) {
        return jsonResponse(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
    }

    static MockResponse badGateway() {
        return new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body("<html><body><h1>502 Bad Gateway</h1></body></html>").build();
    }

    // ---- updates ----------------------------------------------------------------------------------------

    /** Makes these updates available to the next getUpdates, in one batch. */
    void push(JsonNode... updates) {
        synchronized (lock) {
            pending.addAll(List.of(updates));
            lock.notifyAll();
        }
    }

    /** A new update id, in order, like Telegram's. */
    int newUpdateId() {
        synchronized (lock) {
            return nextUpdateId++;
        }
    }

    /** The highest update id acknowledged by a later getUpdates offset. */
    int acknowledged() {
        synchronized (lock) {
            return acknowledged;
        }
    }

    // ---- recorded calls ---------------------------------------------------------------------------------

    /** Every call but getMe, deleteWebhook and getUpdates, in the order they arrived. */
    List<ApiCall> calls() {
        return List.copyOf(calls);
    }

    List<ApiCall> calls(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /** Waits (up to ten seconds) until {@code count} calls of the method match, and returns those that do. */
    List<ApiCall> awaitCalls(String method, int count, Predicate<ApiCall> matching) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        List<ApiCall> found = matchingCalls(method, matching);
        while (found.size() < count && System.currentTimeMillis() < deadline) {
            pause();
            found = matchingCalls(method, matching);
        }
        return found;
    }

    List<ApiCall> awaitCalls(String method, int count) {
        return awaitCalls(method, count, c -> true);
    }

    /** Waits until a getUpdates has acknowledged the update. */
    boolean awaitAcknowledged(int updateId) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (acknowledged() < updateId && System.currentTimeMillis() < deadline) {
            pause();
        }
        return acknowledged() >= updateId;
    }

    private List<ApiCall> matchingCalls(String method, Predicate<ApiCall> matching) {
        return calls(method).stream().filter(matching).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the Bot API -------------------------------------------------------------------------------------

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        List<String> segments = request.getUrl().pathSegments();
        if (segments.size() != 2 || !segments.get(0).startsWith("bot")) {
            return error(404, "Not Found");
        }
        if (!segments.get(0).equals("bot" + TOKEN)) {
            return error(401, "Unauthorized");
        }
        String method = segments.get(1).toLowerCase(Locale.ROOT);
        JsonNode params = params(request);
        MockResponse failure;
        synchronized (lock) {
            Deque<MockResponse> queue = scripted.get(method);
            failure = queue == null ? null : queue.poll();
        }
        if (method.equals("getupdates") && failure != null) {
            timeline.add("getUpdates failed");
        }
        MockResponse response = failure != null ? failure : answer(method, params);
        if (!method.equals("getupdates") && !method.equals("getme") && !method.equals("deletewebhook")) {
            calls.add(new ApiCall(method, params, response.getCode()));
        }
        return response;
    }

    private MockResponse answer(String method, JsonNode params) throws InterruptedException {
        return switch (method) {
            case "getme" -> ok(json.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "Hearth").put("username", BOT_USERNAME));
            case "deletewebhook", "answercallbackquery", "sendchataction", "setmycommands" -> ok(json.getNodeFactory().booleanNode(true));
            case "getupdates" -> updates(params);
            case "sendmessage", "sendphoto", "senddocument" -> send(params);
            case "editmessagetext" -> ok(message(params.path("chat_id").asLong(), params.path("text").asText()));
            default -> error(404, "Not Found: method not found");
        };
    }

    private MockResponse updates(JsonNode params) throws InterruptedException {
        int offset = params.path("offset").asInt(0);
        long timeoutMillis = params.path("timeout").asLong(0) * 1000;
        ArrayNode result = json.createArrayNode();
        synchronized (lock) {
            if (offset > 0 && offset - 1 > acknowledged) {
                acknowledged = offset - 1;
                timeline.add("acknowledged " + acknowledged);
            }
            pending.removeIf(u -> u.path("update_id").asInt() < offset);
            long until = System.currentTimeMillis() + Math.min(timeoutMillis, pollWaitMillis);
            while (pending.isEmpty() && !closed && System.currentTimeMillis() < until) {
                lock.wait(Math.max(1, until - System.currentTimeMillis()));
            }
            pending.forEach(result::add);
        }
        return ok(result);
    }

    private MockResponse send(JsonNode params) {
        long chatId = params.path("chat_id").asLong();
        String refusal;
        synchronized (lock) {
            refusal = refusingChats.get(chatId);
        }
        if (refusal != null) {
            return error(403, refusal);
        }
        return ok(message(chatId, params.path("text").asText("")));
    }

    private ObjectNode message(long chatId, String text) {
        int id;
        synchronized (lock) {
            id = nextMessageId++;
        }
        ObjectNode message = json.createObjectNode().put("message_id", id).put("date", 1_790_000_000);
        message.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "group");
        if (!text.isEmpty()) {
            message.put("text", text);
        }
        return message;
    }

    /** A request's parameters, from a JSON or multipart body; other fakes of the Bot API use it too. */
    static JsonNode params(RecordedRequest request) {
        ObjectMapper json = JSON;
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        String type = request.getHeaders().get("Content-Type");
        if (type != null && type.startsWith("multipart/")) {
            ObjectNode fields = json.createObjectNode();
            Matcher field = MULTIPART_FIELD.matcher(body);
            while (field.find()) {
                fields.put(field.group(1), field.group(2) != null ? field.group(2) : field.group(3));
            }
            return fields;
        }
        try {
            return body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    /** A successful Bot API answer carrying this result. */
    static MockResponse ok(JsonNode result) {
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        answer.set("result", result);
        return jsonResponse(200, answer.toString());
    }

    /** A failed Bot API answer with this error code and description. */
    static MockResponse error(int code, String description) {
        return jsonResponse(code, "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}");
    }

    private static MockResponse jsonResponse(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** One recorded Bot API call: the method (lower case), its parameters and the status answered. */
    record ApiCall(String method, JsonNode params, int status) {
        long chatId() {
            return params.path("chat_id").asLong();
        }

        String text() {
            return params.path("text").asText(null);
        }

        boolean succeeded() {
            return status == 200;
        }
    }
}
