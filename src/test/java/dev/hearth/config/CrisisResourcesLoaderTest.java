package dev.hearth.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.core.safety.CountryResources;
import dev.hearth.core.safety.CrisisResources;
import dev.hearth.core.safety.HelpLine;
import dev.hearth.core.safety.ResourceSelection;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The crisis resources loader")
class CrisisResourcesLoaderTest {
    private static CrisisResources bundled;

    @BeforeAll
    static void loadBundled() {
        bundled = CrisisResourcesLoader.load(Path.of("bot-config/crisis-resources.yaml"));
    }

    private static String everything(CountryResources country) {
        return country.lines().stream().map(HelpLine::describe).collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}: {1}, emergency {2}")
    @CsvSource(delimiter = ';', value = {
            "US; 988; 911",
            "US; HOME to 741741; 911",
            "CA; 988; 911",
            "GB; 116 123; 999",
            "UK; 116 123; 999",
            "IE; 116 123; 112",
            "AU; 13 11 14; 000",
            "NZ; 1737; 111",
            "DE; 0800 111 0 111; 112",
            "FR; 3114; 112",
            "FR; 3114; 15",
            "IN; 14416; 112",
    })
    @DisplayName("reads the bundled file with the lines the issue asks for")
    void bundledCountries(String code, String line, String emergency) {
        CountryResources country = bundled.country(code).orElseThrow();
        assertThat(everything(country)).contains(line);
        assertThat(country.emergency()).contains(emergency);
    }

    @Test
    @DisplayName("reads the international directories and the countries of each language")
    void directoriesAndLanguages() {
        assertThat(bundled.directory()).extracting(HelpLine::how).anySatisfy(h -> assertThat(h).contains("findahelpline.com"));
        assertThat(bundled.directory()).extracting(HelpLine::how).anySatisfy(h -> assertThat(h).contains("iasp.info"));
        assertThat(bundled.countriesByLanguage().get("en")).startsWith("US", "GB", "CA", "AU");
        assertThat(bundled.countriesByLanguage().get("de")).containsExactly("DE", "AT", "CH");
        assertThat(bundled.countriesByLanguage().get("fr")).contains("FR", "BE", "CA", "CH");
        ResourceSelection german = bundled.select(Optional.empty(), Locale.GERMAN);
        assertThat(german.describedLines()).anySatisfy(l -> assertThat(l).contains("142"));
    }

    @Test
    @DisplayName("a line without 'how' is named by its key")
    void missingHow() {
        String yaml = """
                countries:
                  US:
                    name: United States
                    emergency: "911"
                    lines:
                      - name: Lifeline
                        how: call 988
                      - name: Text line
                directory:
                  - name: Find A Helpline
                    how: findahelpline.com
                """;
        assertThatThrownBy(() -> CrisisResourcesLoader.parse(yaml, "crisis-resources.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crisis-resources.yaml: countries.US.lines[1].how is missing.");
    }

    @Test
    @DisplayName("an unquoted emergency number is refused, so 000 cannot become 0")
    void unquotedNumber() {
        String yaml = """
                countries:
                  AU:
                    name: Australia
                    emergency: 000
                    lines:
                      - name: Lifeline
                        how: call 13 11 14
                directory:
                  - name: Find A Helpline
                    how: findahelpline.com
                """;
        assertThatThrownBy(() -> CrisisResourcesLoader.parse(yaml, "crisis-resources.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("crisis-resources.yaml: countries.AU.emergency must be quoted text");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
            "'countries: {}\ndirectory: [{name: a, how: b}]'; countries is missing or empty",
            "'countries: {us: {name: U, emergency: \"911\", lines: [{name: a, how: b}]}}\ndirectory: [{name: a, how: b}]'; countries.us is not a two-letter upper-case country code",
            "'countries: {US: {name: U, emergency: \"911\", lines: [{name: a, how: b}]}}\nlanguages: {en: [US, GB]}\ndirectory: [{name: a, how: b}]'; languages.en[1] is GB, which is not under countries",
            "'countries: {US: {name: U, emergency: \"911\", lines: [{name: a, how: b}]}}\naliases: {UK: GB}\ndirectory: [{name: a, how: b}]'; aliases.UK points to GB, which is not under countries",
            "'countries: {US: {name: U, emergency: \"911\", lines: [{name: a, how: b}]}}'; directory is missing or empty",
            "'countries: {US: {name: U, emergency: \"911\", lines: []}}\ndirectory: [{name: a, how: b}]'; countries.US.lines is missing or empty",
            "'countries: [US'; is not valid YAML",
    })
    @DisplayName("a malformed file fails with one sentence naming the key")
    void malformed(String yaml, String expected) {
        assertThatThrownBy(() -> CrisisResourcesLoader.parse(yaml.replace("\\n", "\n"), "crisis-resources.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("crisis-resources.yaml").endsWith("."));
    }

    @Test
    @DisplayName("a missing file fails with one sentence naming it")
    void missingFile() {
        assertThatThrownBy(() -> CrisisResourcesLoader.load(Path.of("no/such/crisis-resources.yaml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no/such/crisis-resources.yaml");
    }
}
