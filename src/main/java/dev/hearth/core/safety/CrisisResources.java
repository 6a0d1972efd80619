package dev.hearth.core.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every crisis resource Hearth knows, as read from the operator's {@code crisis-resources.yaml}, and
 * the lookup that picks a person's: their country setting first, else the country of their
 * platform's locale; a language without a country gives the main countries of that language and the
 * international directories; anything else gives the directories and a note to call the local
 * emergency number.
 *
 * @param countries           by upper-case ISO 3166-1 alpha-2 code
 * @param aliases             other codes people use, upper case (UK -> GB)
 * @param countriesByLanguage lower-case language code -> the main countries of that language, in order
 * @param directory           international directories, never empty
 */
public record CrisisResources(
        Map<String, CountryResources> countries,
        Map<String, String> aliases,
        Map<String, List<String>> countriesByLanguage,
        List<HelpLine> directory) {

    public CrisisResources {
        countries = Map.copyOf(countries);
        aliases = Map.copyOf(aliases);
        countriesByLanguage = countriesByLanguage.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        directory = List.copyOf(directory);
        if (directory.isEmpty()) {
            throw new IllegalArgumentException("Crisis resources need at least one international directory.");
        }
        for (Map.Entry<String, List<String>> language : countriesByLanguage.entrySet()) {
            for (String code : language.getValue()) {
                if (!countries.containsKey(code)) {
                    throw new IllegalArgumentException("The language " + language.getKey() + " lists " + code + ", which has no resources.");
                }
            }
        }
    }

    /**
     * The resources for one person.
     *
     * @param countrySetting the country the person chose (an ISO code or alias), if any
     * @param platformLocale the platform's locale hint, {@link Locale#ROOT} when unknown
     */
    public ResourceSelection select(Optional<String> countrySetting, Locale platformLocale) {
        Objects.requireNonNull(countrySetting, "countrySetting");
        Locale locale = platformLocale == null ? Locale.ROOT : platformLocale;
        Optional<String> chosen = countrySetting.filter(c -> !c.isBlank())
                .or(() -> Optional.of(locale.getCountry()).filter(c -> !c.isBlank()));
        if (chosen.isPresent()) {
            return country(chosen.get()).map(c -> new ResourceSelection(List.of(c), List.of(), false)).orElseGet(this::unknown);
        }
        List<String> codes = countriesByLanguage.get(locale.getLanguage().toLowerCase(Locale.ROOT));
        if (codes != null && !codes.isEmpty()) {
            List<CountryResources> listed = new ArrayList<>();
            codes.forEach(code -> listed.add(countries.get(code)));
            return new ResourceSelection(listed, directory, true);
        }
        return unknown();
    }

    /** A country's resources by ISO code or alias, in any case. */
    public Optional<CountryResources> country(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(countries.get(aliases.getOrDefault(upper, upper)));
    }

    private ResourceSelection unknown() {
        return new ResourceSelection(List.of(), directory, true);
    }
}
