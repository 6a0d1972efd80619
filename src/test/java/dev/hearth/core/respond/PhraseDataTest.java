package dev.hearth.core.respond;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.data.YamlResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Phrase files")
class PhraseDataTest {
    static final PhraseBook BOOK = new YamlResources("en").phrases();
    static final Set<String> SLOTS = Set.of("name", "names", "echo", "feeling", "topic", "concern", "goal", "goals",
            "active_goal", "crisis_lines", "help_list", "day", "max", "link", "resources", "subject", "label",
            "emergency", "emergencies", "days", "time", "zone", "average", "best", "hardest",
            "count", "number", "people", "first", "lowest", "highest");

    @Test
    @DisplayName("every common strategy and stage has at least eight phrasings")
    void variety() {
        List<String> common = List.of("disclose.first", "disclose.again", "greet", "ask.how", "smalltalk.self",
                "welcome_back", "welcome_back.concern", "welcome_back.goal", "welcome_back.topic", "about.hearth",
                "restate", "reflect.generic", "reflect.feeling.generic", "validate.generic", "listen",
                "decline.accept", "affirm.change", "ask.step", "affirm.plan.one", "affirm.plan.many",
                "plan.followup", "celebrate", "ask.good", "ask.explore.first", "ask.explore.generic", "ask.deeper",
                "acknowledge", "close.thanks", "close.goodbye", "close.generic", "affirm.close",
                "affirm.close.with_goals", "suggest.generic");
        for (String key : common) {
            assertThat(BOOK.variants(key)).as(key).hasSizeGreaterThanOrEqualTo(8);
        }
        BOOK.phrases().keySet().stream()
                .filter(k -> k.startsWith("reflect.") || k.startsWith("validate.") || k.startsWith("suggest.")
                        || k.startsWith("ask.") || k.startsWith("inform."))
                .forEach(k -> assertThat(BOOK.variants(k)).as(k).hasSizeGreaterThanOrEqualTo(8));
    }

    @Test
    @DisplayName("placeholders name only slots the code fills")
    void slotsKnown() {
        Pattern slot = Pattern.compile("\\{([a-z_]+)}");
        BOOK.phrases().forEach((key, variants) -> variants.forEach(v -> {
            Matcher m = slot.matcher(v);
            while (m.find()) {
                assertThat(SLOTS).as("slot in %s: %s", key, v).contains(m.group(1));
            }
        }));
    }

    @Test
    @DisplayName("every phrase key the code names literally is defined")
    void keysExist() throws IOException {
        Pattern call = Pattern.compile("(?:choose|keys\\.add|chooseOr)\\(\"([a-z_][a-z_.-]*)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/hearth"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    if (!BOOK.has(m.group(1)) && !m.group(1).endsWith(".")) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("no reply variant gives medical advice or names a medication")
    void noMedicalAdvice() {
        Pattern medical = Pattern.compile("(?i)\\b(mg|dose|dosage|medication|antidepressant|ssri|prescri|pills?|"
                + "diagnos(e|is)|melatonin|ibuprofen|alcohol)\\b");
        BOOK.phrases().forEach((key, variants) -> {
            if (key.startsWith("suggest.") || key.startsWith("validate.") || key.startsWith("reflect.")) {
                variants.forEach(v -> assertThat(medical.matcher(v).find()).as("%s: %s", key, v).isFalse());
            }
        });
    }
}
