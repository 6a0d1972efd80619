package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every crisis care phrase")
class CrisisPhrasesTest {
    private static final Set<String> SLOTS = Set.of("resources", "emergency", "emergencies", "name", "crisis_lines");
    private static Map<String, List<String>> phrases;
    private static Map<String, List<String>> forbidden;

    @BeforeAll
    static void load() throws IOException {
        phrases = FirstVariantPhrases.load();
        forbidden = new LinkedHashMap<>();
        try (InputStream in = CrisisPhrasesTest.class.getResourceAsStream("/safety/care-forbidden.txt")) {
            String section = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[")) {
                    section = s.substring(1, s.length() - 1);
                    forbidden.put(section, new ArrayList<>());
                } else {
                    forbidden.get(section).add(s.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static List<String> hits(String text, String section) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> found = new ArrayList<>();
        for (String entry : forbidden.get(section)) {
            if (Pattern.compile("(?<![\\p{L}'])" + Pattern.quote(entry) + "(?![\\p{L}])").matcher(lower).find()) {
                found.add(entry);
            }
        }
        return found;
    }

    @Test
    @DisplayName("key has at least six variants")
    void sixVariants() {
        assertThat(phrases).isNotEmpty();
        phrases.forEach((key, variants) -> assertThat(variants).as(key).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates());
    }

    @Test
    @DisplayName("key is documented at the top of the file")
    void documented() throws IOException {
        String header;
        try (InputStream in = getClass().getResourceAsStream("/phrases/en/crisis.yaml")) {
            header = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\ncrisis\\.")[0];
        }
        phrases.keySet().forEach(key -> assertThat(header).as(key).contains("#   " + key + " "));
    }

    @Test
    @DisplayName("uses only the known slots")
    void knownSlots() {
        phrases.forEach((key, variants) -> variants.forEach(v -> {
            Matcher m = FirstVariantPhrases.SLOT.matcher(v);
            while (m.find()) {
                assertThat(SLOTS).as(key + ": " + v).contains(m.group(1));
            }
        }));
    }

    @Test
    @DisplayName("never names or describes a means of harm")
    void noMeans() {
        phrases.forEach((key, variants) -> variants.forEach(v -> assertThat(hits(v, "means")).as(key + ": " + v).isEmpty()));
    }

    @Test
    @DisplayName("never promises secrecy, claims to be a person or a professional, argues or judges")
    void noSecrecyClaimsOrJudgement() {
        phrases.forEach((key, variants) -> variants.forEach(v -> {
            assertThat(hits(v, "secrecy")).as(key + ": " + v).isEmpty();
            assertThat(hits(v, "person")).as(key + ": " + v).isEmpty();
            assertThat(hits(v, "judgement")).as(key + ": " + v).isEmpty();
        }));
    }

    @Test
    @DisplayName("after a crisis suggests nothing to do: no walks, tasks or goals")
    void followUpsSuggestNothing() {
        phrases.entrySet().stream().filter(e -> e.getKey().startsWith("crisis.followup."))
                .forEach(e -> e.getValue().forEach(v -> assertThat(hits(v, "productivity")).as(e.getKey() + ": " + v).isEmpty()));
    }

    @Test
    @DisplayName("in a shared channel says only that a private message is waiting")
    void publicSaysNothingPersonal() {
        assertThat(phrases.get("crisis.public.redirect")).allSatisfy(v -> {
            assertThat(v).doesNotContain("{");
            assertThat(v.toLowerCase(Locale.ROOT)).containsAnyOf("private", "direct message")
                    .doesNotContain("suicid").doesNotContain("harm").doesNotContain("safe")
                    .doesNotContain("worried").doesNotContain("crisis").doesNotContain("help");
        });
    }

    @Test
    @DisplayName("asking about safety is a question, and so is every way of staying in the conversation")
    void questions() {
        assertThat(phrases.get("crisis.acute.ask_safe")).allSatisfy(v -> assertThat(v).endsWith("?"));
        assertThat(phrases.get("crisis.acute.stay")).allSatisfy(v -> assertThat(v).endsWith("?"));
    }

    @Test
    @DisplayName("that introduces resources carries them")
    void resourcesSlots() {
        for (String key : List.of("crisis.acute.resources", "crisis.concern.resources_offer", "crisis.other.resources_share")) {
            assertThat(phrases.get(key)).as(key).allSatisfy(v -> assertThat(v).contains("{resources}"));
        }
        assertThat(phrases.get("crisis.emergency.number")).allSatisfy(v -> assertThat(v).contains("{emergency}"));
        assertThat(phrases.get("crisis.other.emergency.number")).allSatisfy(v -> assertThat(v).contains("{emergency}"));
    }

    @Test
    @DisplayName("identity lines say Hearth is automated and not a person or a professional")
    void identity() {
        assertThat(phrases.get("crisis.identity")).allSatisfy(v -> {
            assertThat(v.toLowerCase(Locale.ROOT)).containsAnyOf("automated", "bot");
            assertThat(v.toLowerCase(Locale.ROOT)).containsAnyOf("not a person", "not a human", "not a person or");
        });
    }
}
