package dev.hearth.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.Attachment;
import dev.hearth.core.Button;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.Visibility;
import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two people talk to Hearth at the same time, in private and in a shared server channel, each using
 * words nobody else would (a name, a place, a made-up word). Every message Hearth sends is checked.
 */
@DisplayName("Conversations stay apart")
class IsolationTest {
    static final List<String> ANA_WORDS = List.of("Marisol", "Kilkenny", "flumbergast");
    static final List<String> BEN_WORDS = List.of("Thaddeus", "Ouagadougou", "snorkelwhit");

    record Sent(String to, Reply reply) {
    }

    TestHearth hearth;
    FakePlatform.Person ana;
    FakePlatform.Person ben;
    final ConversationRef channel = new ConversationRef("fake", "server-42-general");
    final List<Sent> sent = new ArrayList<>();

    @BeforeEach
    void start() {
        hearth = TestHearth.create();
        ana = hearth.platform().person("ana");
        ben = hearth.platform().person("ben");
    }

    @AfterEach
    void stop() {
        hearth.close();
    }

    void ana(String text) {
        keep("ana", ana.says(text));
    }

    void ben(String text) {
        keep("ben", ben.says(text));
    }

    void keep(String to, TurnResult result) {
        result.replies().forEach(r -> sent.add(new Sent(to, r)));
    }

    @Test
    @DisplayName("a person's words never reach another person, and public replies carry nobody's words")
    void interleaved() {
        // given two people talking at once, in private and in the same server channel
        ana("hi, my name is Marisol");
        ben("hello there, my name is Thaddeus");
        ana("I've felt so lonely since I moved to Kilkenny");
        ben("work in Ouagadougou is crushing me, I'm exhausted");
        keep("ana", ana.saysInChannel(channel, "Marisol here, Kilkenny is grey and the flumbergast got me down"));
        keep("ben", ben.saysInChannel(channel, "same, Thaddeus here, my snorkelwhit in Ouagadougou fell apart"));
        ana("the flumbergast at work just never ends and I feel overwhelmed");
        ben("my snorkelwhit project keeps failing and my boss in Ouagadougou is angry");
        ana("I think I'll take a short walk around Kilkenny tomorrow");
        ben("I'll fix the snorkelwhit with a friend in Ouagadougou this weekend");
        ana("/goals");
        ben("/goals");
        ana("/export");
        ben("/export");
        // both come back after a quiet night, when Hearth asks about last time
        hearth.platform().advance(Duration.ofHours(9));
        ben("hi again");
        ana("hi again");
        keep("ben", ben.saysInChannel(channel, "morning all"));
        keep("ana", ana.saysInChannel(channel, "morning"));

        // then every private message carries only its own person's words
        Map<String, List<String>> othersWords = Map.of("ana", BEN_WORDS, "ben", ANA_WORDS);
        for (Sent s : sent) {
            String text = everything(s.reply());
            for (String word : othersWords.get(s.to())) {
                assertThat(text).as("a reply to %s", s.to()).doesNotContainIgnoringCase(word);
            }
        }
        // and no public message carries anything either person said
        List<Sent> publicReplies = sent.stream().filter(s -> s.reply().visibility() == Visibility.PUBLIC).toList();
        assertThat(publicReplies).hasSize(4);
        for (Sent s : publicReplies) {
            assertThat(s.reply().attachments()).isEmpty();
            String text = everything(s.reply());
            for (String word : concat(ANA_WORDS, BEN_WORDS)) {
                assertThat(text).as("a public reply").doesNotContainIgnoringCase(word);
            }
        }
        // and the check has teeth: each person's own private replies do echo their own words
        assertThat(privateTextTo("ana")).containsAnyOf(ANA_WORDS.toArray(String[]::new));
        assertThat(privateTextTo("ben")).containsAnyOf(BEN_WORDS.toArray(String[]::new));
    }

    @Test
    @DisplayName("each person's words are stored only under that person")
    void storedApart() {
        ana("my name is Marisol and Kilkenny feels so far from home");
        ben("my name is Thaddeus and Ouagadougou is so hot");
        keep("ana", ana.saysInChannel(channel, "the flumbergast is back"));
        keep("ben", ben.saysInChannel(channel, "my snorkelwhit broke"));

        for (String word : ANA_WORDS) {
            assertThat(ownersOfRowsMentioning(word)).as("who holds %s", word).containsOnly("ana");
        }
        for (String word : BEN_WORDS) {
            assertThat(ownersOfRowsMentioning(word)).as("who holds %s", word).containsOnly("ben");
        }
    }

    /** The platform ids of people whose messages or dialogue state mention the word. */
    private List<String> ownersOfRowsMentioning(String word) {
        String like = "%" + word.toLowerCase(Locale.ROOT) + "%";
        return hearth.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT u.platform_id FROM messages m JOIN users u ON u.id = m.user_id "
                                + "WHERE LOWER(m.text) LIKE :w "
                                + "UNION ALL SELECT u.platform_id FROM dialogue_state d JOIN users u ON u.id = d.user_id "
                                + "WHERE LOWER(d.last_concern) LIKE :w OR LOWER(d.topics) LIKE :w "
                                + "UNION ALL SELECT platform_id FROM users WHERE LOWER(name) LIKE :w")
                .bind("w", like).mapTo(String.class).list());
    }

    private String privateTextTo(String person) {
        StringBuilder all = new StringBuilder();
        sent.stream().filter(s -> s.to().equals(person) && s.reply().visibility() == Visibility.PRIVATE)
                .forEach(s -> all.append(everything(s.reply())).append('\n'));
        return all.toString();
    }

    /** Everything a reply shows: its text, its button labels and ids, and its files' contents. */
    private static String everything(Reply reply) {
        StringBuilder text = new StringBuilder(reply.joinedText());
        for (Button button : reply.buttons()) {
            text.append('\n').append(button.label()).append('\n').append(button.id());
        }
        for (Attachment file : reply.attachments()) {
            text.append('\n').append(file.fileName()).append('\n')
                    .append(new String(file.content(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
