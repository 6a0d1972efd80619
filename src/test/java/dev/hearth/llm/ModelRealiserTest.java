package dev.hearth.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.Analysis;
import dev.hearth.core.TurnResult;
import dev.hearth.core.respond.Realiser;
import dev.hearth.core.respond.Stage;
import dev.hearth.core.respond.Strategy;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hearth as production wires it, with HEARTH_LLM_URL pointing at a local stand-in of the chat
 * completions API: what the model is sent, and which reply goes out when the model is good, slow,
 * broken or unsafe.
 */
@DisplayName("An optional language model phrasing replies")
class ModelRealiserTest {
    static final String CRISIS_TEXT = "I've been saving up pills and I'm going to end it tonight";

    @TempDir
    Path dir;
    ChatStandIn model;
    TestHearth hearth;
    FakePlatform.Person person;

    @BeforeEach
    void start() throws IOException {
        model = new ChatStandIn();
        hearth = hearthWith(model.baseUrl(), Map.of("HEARTH_LLM_KEY", "sk-test-key"));
        person = hearth.platform().person("m");
    }

    TestHearth hearthWith(String baseUrl, Map<String, String> extra) throws IOException {
        Path config = dir.resolve("hearth-" + System.nanoTime() + ".yaml");
        Files.writeString(config, "llm:\n  timeout: 5s\n");
        Map<String, String> env = new HashMap<>(Map.of("HEARTH_LLM_URL", baseUrl, "HEARTH_LLM_MODEL", "stand-in",
                "HEARTH_CONFIG", config.toString()));
        env.putAll(extra);
        return TestHearth.withEnv(env);
    }

    @AfterEach
    void stop() {
        hearth.close();
        model.close();
    }

    static String text(TurnResult result) {
        return result.replies().get(result.replies().size() - 1).joinedText();
    }

    @Test
    @DisplayName("a good model reply is sent, recorded as llm, and stored as what Hearth said")
    void normal() {
        person.says("hello");
        model.replies("Work sounds like it has been a lot lately.");
        TurnResult result = person.says("Work has been so stressful lately and I can't keep up");

        assertThat(text(result)).contains("Work sounds like it has been a lot lately.");
        assertThat(result.analysis().realiser()).isEqualTo(Realiser.MODEL);
        assertThat(result.analysis().modelFault()).isEmpty();
        assertThat(result.analysis().stage()).isNotEqualTo(Stage.CRISIS);
        ChatStandIn.Request request = model.requests().get(model.requests().size() - 1);
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer sk-test-key");
        assertThat(request.body().path("model").asText()).isEqualTo("stand-in");
        assertThat(request.body().path("stream").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("the prompt carries the phrasing rules, stage, strategies, name, topics and the recent turns")
    void promptContents() {
        person.says("hi, my name is Priya");
        TurnResult result = person.says("Work has been so stressful lately and I can't keep up");

        ChatStandIn.Request request = model.requests().get(model.requests().size() - 1);
        String system = request.system();
        assertThat(system).contains("automated companion").contains("not a human").contains("therapist")
                .contains("at most one question").contains("No medical advice").contains("Short");
        assertThat(system).contains("Conversation stage: " + result.analysis().stage().wireName());
        result.analysis().strategies().forEach(s -> assertThat(system).contains(s.label()));
        assertThat(system).contains("Priya").contains("work");
        List<String[]> turns = request.turns();
        assertThat(turns.get(turns.size() - 1)).containsExactly("user",
                "Work has been so stressful lately and I can't keep up");
        assertThat(turns).anySatisfy(t -> assertThat(t).containsExactly("user", "hi, my name is Priya"));
        assertThat(turns).anySatisfy(t -> assertThat(t[0]).isEqualTo("assistant"));
    }

    @Test
    @DisplayName("without a suggestion in the plan the prompt forbids advice")
    void noAdviceRule() {
        TurnResult result = person.says("I feel so down today");
        assertThat(result.analysis().strategies()).doesNotContain(Strategy.SUGGESTION);
        assertThat(model.requests().get(0).system()).contains("Give no advice");
    }

    @Test
    @DisplayName("at first contact the embedded disclosure stays, word for word, before the model's reply")
    void disclosureStaysEmbedded() {
        TurnResult embedded;
        try (TestHearth plain = TestHearth.create()) {
            embedded = plain.platform().person("m").says("I feel so down today");
        }
        TurnResult result = person.says("I feel so down today");

        List<String> parts = result.replies().get(0).parts();
        assertThat(result.analysis().realiser()).isEqualTo(Realiser.MODEL);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).isEqualTo(embedded.replies().get(0).parts().get(0));
        assertThat(parts.get(1)).isEqualTo(ChatStandIn.DEFAULT_REPLY);
    }

    @Test
    @DisplayName("a reply slower than llm.timeout is dropped and the embedded reply goes out")
    void slow() {
        model.then(ChatStandIn.slow("Too late to matter.", 60_000));
        TurnResult result = person.says("I feel so down today");

        assertFallback(result, "timeout");
        assertThat(text(result)).doesNotContain("Too late to matter.");
    }

    @Test
    @DisplayName("an HTTP error from the model sends the embedded reply")
    void serverError() {
        model.then(ChatStandIn.json(500, "{\"error\":{\"message\":\"boom\"}}"));
        assertFallback(person.says("I feel so down today"), "http-500");
    }

    @Test
    @DisplayName("malformed JSON from the model sends the embedded reply")
    void malformed() {
        model.then(ChatStandIn.json(200, "{\"choices\": [ {\"message\": "));
        assertFallback(person.says("I feel so down today"), "malformed");
    }

    @Test
    @DisplayName("a broken stream and an empty answer send the embedded reply")
    void brokenStreamAndEmpty() {
        model.then(new mockwebserver3.MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"Half a\"}}]}\n\ndata: {not json\n\n").build());
        assertFallback(person.says("I feel so down today"), "malformed");
        model.then(ChatStandIn.whole("   "));
        assertFallback(person.says("Work is hard"), "empty");
    }

    @Test
    @DisplayName("an unreachable model sends the embedded reply")
    void unreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (TestHearth offline = hearthWith("http://127.0.0.1:" + port, Map.of())) {
            assertFallback(offline.platform().person("u").says("I feel so down today"), "unreachable");
        }
    }

    @Test
    @DisplayName("a reply with crisis language, or naming a means, is never sent")
    void unsafe() {
        model.replies("Sometimes I want to die too.");
        assertFallback(person.says("I feel so down today"), "crisis-language");
        model.replies("Maybe put the pills somewhere else for now.");
        TurnResult means = person.says("Work is so hard");
        assertThat(means.analysis().realiser()).isEqualTo(Realiser.EMBEDDED);
        assertThat(means.analysis().modelFault()).isIn("means", "crisis-language");
        assertThat(text(means)).doesNotContain("pills");
    }

    @Test
    @DisplayName("a reply claiming to be human, or a therapist, is never sent")
    void claims() {
        model.replies("I'm a real person and I understand how that feels.");
        assertFallback(person.says("I feel so down today"), "claims-human");
        model.replies("As a therapist, I hear how hard this is.");
        assertFallback(person.says("Work is so hard"), "claims-professional");
    }

    @Test
    @DisplayName("a sentence repeated from a recent reply, a second question, or words they never wrote in quotes fail")
    void repetitionQuestionsQuotes() {
        model.replies("That sounds really hard.");
        assertThat(person.says("I feel so down today").analysis().realiser()).isEqualTo(Realiser.MODEL);
        model.replies("That sounds really hard.");
        assertFallback(person.says("Work is piling up"), "repeated");
        model.replies("What happened? And how long has it been like this?");
        assertFallback(person.says("My boss yelled at me"), "questions");
        model.replies("You said \"I give up on everything\", and that matters.");
        assertFallback(person.says("I am tired of my job"), "misquote");
        model.replies("When you say \"tired of my job\", it sounds like it has gone on a while.");
        assertThat(person.says("I am so tired of my job").analysis().realiser()).isEqualTo(Realiser.MODEL);
    }

    @Test
    @DisplayName("a reply longer than the limit is not sent")
    void tooLong() {
        model.replies("It sounds hard. ".repeat(40).strip());
        assertFallback(person.says("I feel so down today"), "too-long");
    }

    @Test
    @DisplayName("a crisis turn, and the care window after it, never reach the model; later turns carry no crisis text")
    void crisisNeverReachesTheModel() {
        person.says("hello");
        int before = model.requests().size();

        TurnResult crisis = person.says(CRISIS_TEXT);
        assertThat(crisis.analysis().crisis()).isEqualTo(CrisisLevel.ACUTE);
        assertThat(crisis.analysis().realiser()).isEqualTo(Realiser.EMBEDDED);
        TurnResult after = person.says("work has just been really hard");
        assertThat(after.analysis().realiser()).isEqualTo(Realiser.EMBEDDED);
        assertThat(after.analysis().modelFault()).isEmpty();
        assertThat(model.requests()).hasSize(before);

        hearth.platform().advance(Duration.ofHours(25));
        model.replies("It's good to hear from you again.");
        TurnResult later = person.says("work has been stressful again this week");
        assertThat(later.analysis().realiser()).as(later.analysis().modelFault()).isEqualTo(Realiser.MODEL);
        assertThat(model.requests()).hasSize(before + 1);
        String sent = model.requests().get(before).everything().toLowerCase();
        assertThat(sent).doesNotContain("pills").doesNotContain("end it").doesNotContain("work has just been");
        assertThat(sent).contains("work has been stressful again this week");
    }

    @Test
    @DisplayName("a redirect is not followed: the person's words go to the configured address only")
    void noRedirect() throws IOException {
        try (ChatStandIn elsewhere = new ChatStandIn()) {
            model.then(new mockwebserver3.MockResponse.Builder().code(307)
                    .setHeader("Location", elsewhere.baseUrl() + "/v1/chat/completions").build());
            assertFallback(person.says("I feel so down today"), "http-307");
            assertThat(elsewhere.requests()).isEmpty();
        }
    }

    @Test
    @DisplayName("a one-piece answer from a server that does not stream is used too")
    void oneShot() {
        model.then(ChatStandIn.whole("I'm glad you told me."));
        TurnResult result = person.says("I feel so down today");
        assertThat(result.analysis().realiser()).isEqualTo(Realiser.MODEL);
        assertThat(text(result)).contains("I'm glad you told me.");
    }

    @Test
    @DisplayName("with no model configured, nothing is sent anywhere and replies are the embedded ones")
    void offByDefault() {
        try (TestHearth plain = TestHearth.create()) {
            TurnResult result = plain.platform().person("p").says("I feel so down today");
            assertThat(result.analysis().realiser()).isEqualTo(Realiser.EMBEDDED);
            assertThat(result.analysis().modelFault()).isEmpty();
            assertThat(plain.get(Realiser.class)).isSameAs(Realiser.EMBEDDED_ONLY);
        }
        assertThat(model.requests()).isEmpty();
    }

    void assertFallback(TurnResult result, String fault) {
        Analysis analysis = result.analysis();
        assertThat(analysis.realiser()).as("realiser").isEqualTo(Realiser.EMBEDDED);
        assertThat(analysis.modelFault()).as("fault").isEqualTo(fault);
        assertThat(text(result)).isNotBlank();
    }
}
