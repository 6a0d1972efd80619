package dev.hearth.core.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources chosen for one person: their country's lines, or the lines of the main countries
 * of their language, then international directories when Hearth is not sure of the country.
 *
 * @param countries      the countries whose lines to give, usually one
 * @param directory      international directories; empty when the country is known
 * @param countryUnknown true when Hearth does not know the person's country, so the reply should say
 *                       to call the local emergency number
 */
public record ResourceSelection(List<CountryResources> countries, List<HelpLine> directory, boolean countryUnknown) {
    public ResourceSelection {
        countries = List.copyOf(countries);
        directory = List.copyOf(directory);
        if (countries.isEmpty() && directory.isEmpty()) {
            throw new IllegalArgumentException("A resource selection needs at least one country or directory.");
        }
    }

    /** The emergency number when exactly one country is selected. */
    public Optional<String> emergencyNumber() {
        return countries.size() == 1 ? Optional.of(countries.get(0).emergency()) : Optional.empty();
    }

    /** Each selected country's name and emergency number, in order. */
    public Map<String, String> emergencyNumbers() {
        Map<String, String> numbers = new LinkedHashMap<>();
        countries.forEach(c -> numbers.put(c.name(), c.emergency()));
        return numbers;
    }

    /**
     * The lines as short texts, ready for a reply: each country's lines (prefixed by the country's
     * name when several countries are listed), then the directories.
     */
    public List<String> describedLines() {
        List<String> out = new ArrayList<>();
        boolean several = countries.size() > 1;
        for (CountryResources country : countries) {
            for (HelpLine line : country.lines()) {
                out.add(several ? country.name() + " — " + line.describe() : line.describe());
            }
        }
        directory.forEach(line -> out.add(line.describe()));
        return out;
    }
}
