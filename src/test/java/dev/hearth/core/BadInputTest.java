package dev.hearth.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every odd message gets a calm reply or one clear limit sentence, and nothing stored is lost. */
@DisplayName("Bad input")
class BadInputTest {
    TestHearth hearth;
    FakePlatform.Person person;

    @BeforeEach
    void start() {
        hearth = TestHearth.create();
        person = hearth.platform().person("odd");
        person.says("I'll take a short walk tomorrow");
    }

    @AfterEach
    void stop() {
        hearth.close();
    }

    static Stream<Arguments> inputs() {
        byte[] junk = new byte[300];
        new Random(7).nextBytes(junk);
        return Stream.of(
                Arguments.of("an empty message", ""),
                Arguments.of("whitespace only", "   \n\t  "),
                Arguments.of("a 50 kB message", "I am so tired of everything at work. ".repeat(1400)),
                Arguments.of("binary junk", new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1)),
                Arguments.of("control characters", "\u0000\u0001\u0002\u0007\u001b[31m"),
                Arguments.of("only emoji", "😢😢😢"),
                Arguments.of("right-to-left text", "אני מרגיש עצוב היום"),
                Arguments.of("Arabic text", "أشعر بالحزن اليوم"),
                Arguments.of("SQL-looking text", "'); DROP TABLE users; -- I feel sad"),
                Arguments.of("markdown and mentions", "**@everyone** <@&123> [click](http://x.y) my boss is `awful` @here"),
                Arguments.of("a lone surrogate", "sad \uD83D"),
                Arguments.of("a slash alone", "/"),
                Arguments.of("an unknown command", "/dance now"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @DisplayName("gets a calm reply and loses nothing stored")
    void calmReply(String what, String text) {
        TurnResult result = person.says(text);

        assertThat(result.replies()).isNotEmpty();
        String reply = result.replies().get(result.replies().size() - 1).joinedText();
        assertThat(reply).isNotBlank().doesNotContain("Exception", "@everyone", "@here", "<@&", "](http");
        assertThat(reply.length()).isLessThan(1200);
        PersonSnapshot after = hearth.store().load(person.user(), ZoneOffset.UTC, hearth.platform().now());
        assertThat(after.goals()).hasSize(1);
        assertThat(after.state().turns()).isGreaterThanOrEqualTo(1);
    }
}
