package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Crisis care replies")
class CrisisCareTest {
    private static final CountryResources US = new CountryResources("US", "United States", "911",
            List.of(new HelpLine("988 Suicide & Crisis Lifeline", "call or text 988"),
                    new HelpLine("Crisis Text Line", "text HOME to 741741")));
    private static final CountryResources CA = new CountryResources("CA", "Canada", "911",
            List.of(new HelpLine("9-8-8", "call or text 988")));
    private static final CountryResources GB = new CountryResources("GB", "United Kingdom", "999 or 112",
            List.of(new HelpLine("Samaritans", "call 116 123")));
    private static final HelpLine DIRECTORY = new HelpLine("Find A Helpline", "findahelpline.com");
    private static final CrisisResources RESOURCES = new CrisisResources(Map.of("US", US, "CA", CA, "GB", GB), Map.of(),
            Map.of("en", List.of("US", "GB", "CA")), List.of(DIRECTORY));

    private final CrisisCare care = new CrisisCare();

    private static ResourceSelection inTheUs() {
        return RESOURCES.select(Optional.of("US"), Locale.ROOT);
    }

    private static String all(List<String> parts) {
        return String.join("\n", parts);
    }

    @Nested
    @DisplayName("for someone at acute risk")
    class Acute {
        private final FirstVariantPhrases phrases = new FirstVariantPhrases();
        private final List<String> parts = care.reply(new CrisisAssessment(CrisisLevel.ACUTE, CrisisSubject.SELF, "suicide.want-die"),
                inTheUs(), phrases);

        @Test
        @DisplayName("names what they said, then asks whether they are safe right now")
        void namesAndAsks() {
            assertThat(phrases.keysAsked()).startsWith("crisis.acute.named.suicide", "crisis.acute.ask_safe");
            assertThat(parts.get(0)).endsWith("?");
        }

        @Test
        @DisplayName("gives every line of their country and its emergency number")
        void resources() {
            assertThat(all(parts)).contains("988", "HOME to 741741", "911");
            assertThat(phrases.keysAsked()).contains("crisis.acute.resources", "crisis.emergency.number");
        }

        @Test
        @DisplayName("says it is automated and invites them to keep talking")
        void staysInTheConversation() {
            assertThat(phrases.keysAsked()).contains("crisis.identity");
            assertThat(phrases.keysAsked().get(phrases.keysAsked().size() - 1)).isEqualTo("crisis.acute.stay");
            assertThat(parts.get(parts.size() - 1)).endsWith("?");
        }

        @Test
        @DisplayName("leaves no slot unfilled")
        void noPlaceholders() {
            assertThat(all(parts)).doesNotContain("{").doesNotContain("}");
        }

        @Test
        @DisplayName("uses the self-harm wording when the reason is self-harm")
        void selfHarm() {
            FirstVariantPhrases recorded = new FirstVariantPhrases();
            care.reply(new CrisisAssessment(CrisisLevel.ACUTE, CrisisSubject.SELF, "selfharm.cut-self"), inTheUs(), recorded);
            assertThat(recorded.keysAsked()).contains("crisis.acute.named.selfharm").doesNotContain("crisis.acute.named.suicide");
        }
    }

    @Nested
    @DisplayName("for someone at concern")
    class Concern {
        private final FirstVariantPhrases phrases = new FirstVariantPhrases();
        private final List<String> parts = care.reply(new CrisisAssessment(CrisisLevel.CONCERN, CrisisSubject.SELF, "hopeless.point"),
                inTheUs(), phrases);

        @Test
        @DisplayName("validates, asks gently how heavy it is, and offers the lines without the emergency push")
        void softer() {
            assertThat(phrases.keysAsked()).containsExactly("crisis.concern.validate", "crisis.concern.ask_weight", "crisis.concern.resources_offer");
            assertThat(all(parts)).contains("988").doesNotContain("911");
        }
    }

    @Nested
    @DisplayName("for someone worried about another person")
    class Other {
        @Test
        @DisplayName("cares for the helper, says how to help, and gives lines to share")
        void helper() {
            FirstVariantPhrases phrases = new FirstVariantPhrases();
            List<String> parts = care.reply(new CrisisAssessment(CrisisLevel.CONCERN, CrisisSubject.OTHER, "suicide.want-die"), inTheUs(), phrases);
            assertThat(phrases.keysAsked()).containsExactlyInAnyOrder("crisis.other.care_for_helper", "crisis.other.how_to_help", "crisis.other.resources_share");
            assertThat(all(parts)).contains("988").doesNotContain("911");
            assertThat(phrases.keysAsked()).noneMatch(k -> k.startsWith("crisis.acute."));
        }

        @Test
        @DisplayName("adds the emergency number when the other person is in danger now")
        void imminent() {
            FirstVariantPhrases phrases = new FirstVariantPhrases();
            List<String> parts = care.reply(new CrisisAssessment(CrisisLevel.ACUTE, CrisisSubject.OTHER, "means.pills-taken"), inTheUs(), phrases);
            assertThat(phrases.keysAsked()).contains("crisis.other.emergency.number");
            assertThat(all(parts)).contains("911");
        }
    }

    @Nested
    @DisplayName("when the country is not known")
    class UnknownCountry {
        @Test
        @DisplayName("gives the directory, the local emergency number wording, and offers a direct number")
        void directory() {
            FirstVariantPhrases phrases = new FirstVariantPhrases();
            List<String> parts = care.reply(new CrisisAssessment(CrisisLevel.ACUTE, CrisisSubject.SELF, "suicide.kill-self"),
                    RESOURCES.select(Optional.empty(), Locale.JAPANESE), phrases);
            assertThat(all(parts)).contains("findahelpline.com");
            assertThat(phrases.keysAsked()).contains("crisis.emergency.local", "crisis.resources.ask_country");
        }

        @Test
        @DisplayName("lists each of the language's countries with its emergency number")
        void severalCountries() {
            FirstVariantPhrases phrases = new FirstVariantPhrases();
            List<String> parts = care.reply(new CrisisAssessment(CrisisLevel.ACUTE, CrisisSubject.SELF, "suicide.kill-self"),
                    RESOURCES.select(Optional.empty(), Locale.ENGLISH), phrases);
            assertThat(all(parts)).contains("116 123", "999 or 112", "911", "findahelpline.com");
            assertThat(phrases.keysAsked()).contains("crisis.emergency.several").doesNotContain("crisis.resources.ask_country");
        }

        @Test
        @DisplayName("for someone else in danger, lists each country's emergency number too")
        void severalCountriesForSomeoneElse() {
            FirstVariantPhrases phrases = new FirstVariantPhrases();
            List<String> parts = care.reply(new CrisisAssessment(CrisisLevel.ACUTE, CrisisSubject.OTHER, "suicide.kill-self"),
                    RESOURCES.select(Optional.empty(), Locale.ENGLISH), phrases);
            assertThat(all(parts)).contains("999 or 112", "911");
            assertThat(phrases.keysAsked()).contains("crisis.other.emergency.several");
        }
    }

    @Test
    @DisplayName("says nothing for a message without risk")
    void none() {
        assertThat(care.reply(CrisisAssessment.none(), inTheUs(), new FirstVariantPhrases())).isEmpty();
    }

    @Test
    @DisplayName("after a denial, stays gentle: no resources list and no push")
    void afterDenial() {
        FirstVariantPhrases phrases = new FirstVariantPhrases();
        List<String> parts = care.followUp(CrisisCare.FollowUp.AFTER_DENIAL, "", phrases);
        assertThat(phrases.keysAsked()).containsExactly("crisis.followup.after_denial");
        assertThat(parts).hasSize(1);
        assertThat(all(parts)).doesNotContain("988").doesNotContain("{");
    }

    @Test
    @DisplayName("a check-in uses the name when known and reads cleanly without it")
    void checkIn() {
        assertThat(care.followUp(CrisisCare.FollowUp.CHECK_IN, "Sam", new FirstVariantPhrases())).singleElement()
                .satisfies(t -> assertThat(t).contains("Sam"));
        assertThat(care.followUp(CrisisCare.FollowUp.CHECK_IN, null, new FirstVariantPhrases())).singleElement()
                .satisfies(t -> assertThat(t).doesNotContain("{").doesNotContain("null"));
    }

    @Test
    @DisplayName("the public redirect is one short line from the public phrases")
    void publicRedirect() {
        FirstVariantPhrases phrases = new FirstVariantPhrases();
        String text = care.publicRedirect(phrases);
        assertThat(phrases.keysAsked()).containsExactly("crisis.public.redirect");
        assertThat(text).isNotBlank().doesNotContain("\n");
    }
}
