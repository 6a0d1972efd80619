package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.hearth.config.ConfigException;
import dev.hearth.config.CrisisResourcesLoader;
import dev.hearth.config.HearthConfig;
import dev.hearth.core.command.CrisisLines;
import dev.hearth.core.person.Person;
import dev.hearth.core.respond.CrisisResponder;
import dev.hearth.core.respond.PhraseChooser;
import dev.hearth.core.safety.CountryFinder;
import dev.hearth.core.safety.CrisisAssessment;
import dev.hearth.core.safety.CrisisCare;
import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.safety.CrisisModel;
import dev.hearth.core.safety.CrisisResources;
import dev.hearth.core.safety.LayeredCrisisDetector;
import dev.hearth.core.safety.ModelAssistedCrisisDetector;
import dev.hearth.core.safety.ResourceSelection;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Wires the safety layer: the layered crisis detector (rules in {@code safety/en/}) with the trained
 * crisis model behind it ({@link ModelAssistedCrisisDetector}: it only raises a present concern to
 * acute), the crisis lines of {@code bot-config/crisis-resources.yaml}, and crisis care. A missing or malformed resources file
 * stops Hearth with one sentence naming {@code safety.crisis-resources-file} (exit code 2): Hearth never
 * runs without crisis lines to give.
 */
public final class SafetyModule extends AbstractModule {
    @Provides
    @Singleton
    CrisisDetector detector() {
        // The rules decide; the trained model (models/crisis.bin.gz) only raises their present concerns to acute.
        return new ModelAssistedCrisisDetector(LayeredCrisisDetector.english(), CrisisModel.bundled());
    }

    @Provides
    @Singleton
    CrisisResources resources(HearthConfig config) {
        var file = config.safety().crisisResourcesFile();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("Setting 'safety.crisis-resources-file' names " + file
                    + ", which is not a readable file.");
        }
        try {
            return CrisisResourcesLoader.load(file);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Setting 'safety.crisis-resources-file': " + e.getMessage());
        }
    }

    @Provides
    @Singleton
    CountryFinder countryFinder(CrisisResources resources) {
        return new CountryFinder(resources);
    }

    @Provides
    @Singleton
    CrisisLines crisisLines(CrisisResources resources, HearthConfig config) {
        return (person, locale) -> {
            ResourceSelection selection = select(resources, config, person, locale);
            StringBuilder text = new StringBuilder();
            for (String line : selection.describedLines()) {
                text.append("• ").append(line).append('\n');
            }
            selection.emergencyNumbers().forEach((country, number) ->
                    text.append("• ").append(country).append(": emergency ").append(number).append('\n'));
            return text.toString().strip();
        };
    }

    @Provides
    @Singleton
    CrisisResponder responder(CrisisResources resources, HearthConfig config) {
        CrisisCare care = new CrisisCare();
        return new CrisisResponder() {
            @Override
            public List<String> care(CrisisAssessment assessment, Person person, Locale locale, PhraseChooser chooser) {
                return care.reply(assessment, select(resources, config, person, locale), chooser);
            }

            @Override
            public List<String> afterCare(boolean denial, Person person, Locale locale, PhraseChooser chooser) {
                return care.followUp(denial ? CrisisCare.FollowUp.AFTER_DENIAL : CrisisCare.FollowUp.CONTINUE,
                        person.name(), chooser);
            }

            @Override
            public String publicRedirect(PhraseChooser chooser) {
                return care.publicRedirect(chooser);
            }
        };
    }

    /** The person's chosen country, else the configured default, with the platform's locale as the hint. */
    private static ResourceSelection select(CrisisResources resources, HearthConfig config, Person person,
                                            Locale platformLocale) {
        Optional<String> country = !person.country().isBlank() ? Optional.of(person.country())
                : Optional.of(config.safety().defaultCountry()).filter(c -> !c.isBlank());
        Locale locale = platformLocale == null || platformLocale.equals(Locale.ROOT)
                ? Locale.forLanguageTag(person.locale()) : platformLocale;
        return resources.select(country, locale);
    }
}
