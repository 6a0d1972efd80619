package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Choosing a person's crisis resources")
class CrisisResourcesTest {
    private static final CountryResources US = new CountryResources("US", "United States", "911",
            List.of(new HelpLine("988 Lifeline", "call or text 988")));
    private static final CountryResources GB = new CountryResources("GB", "United Kingdom", "999",
            List.of(new HelpLine("Samaritans", "call 116 123")));
    private static final CountryResources DE = new CountryResources("DE", "Germany", "112",
            List.of(new HelpLine("TelefonSeelsorge", "call 0800 111 0 111")));
    private static final CountryResources AT = new CountryResources("AT", "Austria", "112",
            List.of(new HelpLine("TelefonSeelsorge", "call 142")));
    private static final HelpLine DIRECTORY = new HelpLine("Find A Helpline", "findahelpline.com");

    private static final CrisisResources RESOURCES = new CrisisResources(
            Map.of("US", US, "GB", GB, "DE", DE, "AT", AT),
            Map.of("UK", "GB"),
            Map.of("en", List.of("US", "GB"), "de", List.of("DE", "AT")),
            List.of(DIRECTORY));

    @Test
    @DisplayName("the person's own country setting comes first, whatever the platform says")
    void settingFirst() {
        ResourceSelection s = RESOURCES.select(Optional.of("de"), Locale.US);
        assertThat(s.countries()).containsExactly(DE);
        assertThat(s.directory()).isEmpty();
        assertThat(s.countryUnknown()).isFalse();
        assertThat(s.emergencyNumber()).contains("112");
    }

    @Test
    @DisplayName("an alias such as UK finds its country")
    void alias() {
        assertThat(RESOURCES.select(Optional.of("UK"), Locale.ROOT).countries()).containsExactly(GB);
    }

    @Test
    @DisplayName("without a setting, the platform locale's country decides")
    void localeCountry() {
        assertThat(RESOURCES.select(Optional.empty(), Locale.forLanguageTag("en-GB")).countries()).containsExactly(GB);
        assertThat(RESOURCES.select(Optional.of("  "), Locale.forLanguageTag("de-AT")).countries()).containsExactly(AT);
    }

    @Test
    @DisplayName("a language without a country gives that language's main countries and the directory")
    void languageOnly() {
        ResourceSelection s = RESOURCES.select(Optional.empty(), Locale.GERMAN);
        assertThat(s.countries()).containsExactly(DE, AT);
        assertThat(s.directory()).containsExactly(DIRECTORY);
        assertThat(s.countryUnknown()).isTrue();
        assertThat(s.emergencyNumber()).isEmpty();
        assertThat(s.emergencyNumbers()).containsEntry("Germany", "112").containsEntry("Austria", "112");
        assertThat(s.describedLines()).anySatisfy(l -> assertThat(l).contains("Germany").contains("0800 111 0 111"));
    }

    @Test
    @DisplayName("an unknown language or country gives the directory and asks for the local emergency number")
    void unknown() {
        for (ResourceSelection s : List.of(RESOURCES.select(Optional.empty(), Locale.ROOT),
                RESOURCES.select(Optional.empty(), Locale.JAPANESE),
                RESOURCES.select(Optional.of("BR"), Locale.US),
                RESOURCES.select(Optional.empty(), Locale.forLanguageTag("pt-BR")))) {
            assertThat(s.countries()).isEmpty();
            assertThat(s.directory()).containsExactly(DIRECTORY);
            assertThat(s.countryUnknown()).isTrue();
            assertThat(s.emergencyNumber()).isEmpty();
        }
    }

    @Test
    @DisplayName("a language pointing to a country without resources is refused")
    void languageMustPointToCountries() {
        assertThatThrownBy(() -> new CrisisResources(Map.of("US", US), Map.of(), Map.of("en", List.of("US", "GB")), List.of(DIRECTORY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GB");
    }
}
