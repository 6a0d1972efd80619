package dev.hearth.core.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the country a person says they are in ("I'm in Canada", "I live in the UK", or just "Germany"
 * when asked), so crisis care can give their local lines. Knows every ISO country by its English name,
 * plus the codes and aliases of the crisis resources file.
 */
public final class CountryFinder {
    private final Pattern saying;
    private final Pattern alone;
    private final Map<String, String> codeByName;

    public CountryFinder(CrisisResources resources) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!name.isBlank()) {
                names.put(name, code);
            }
        }
        names.put("usa", "US");
        names.put("the us", "US");
        names.put("the usa", "US");
        names.put("america", "US");
        names.put("the states", "US");
        names.put("england", "GB");
        names.put("scotland", "GB");
        names.put("wales", "GB");
        names.put("northern ireland", "GB");
        names.put("britain", "GB");
        names.put("great britain", "GB");
        names.put("the uk", "GB");
        names.put("uk", "GB");
        resources.countries().forEach((code, country) -> names.put(country.name().toLowerCase(Locale.ROOT), code));
        resources.aliases().forEach((alias, code) -> names.put(alias.toLowerCase(Locale.ROOT), code));
        this.codeByName = names;
        List<String> alternatives = new ArrayList<>(names.keySet());
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder any = new StringBuilder();
        for (String name : alternatives) {
            if (name.length() >= 2) {
                any.append(any.isEmpty() ? "" : "|").append(Pattern.quote(name));
            }
        }
        this.saying = Pattern.compile("\\b(?:i'?m|i am|i live|i'?m living|i am living|living|i'?m based|based|"
                + "i'?m currently|here) in (?:the )?(" + any + ")\\b");
        this.alone = Pattern.compile("^\\W*(?:in )?(?:the )?(" + any + ")\\W*$");
    }

    /** The ISO code of the country the text names as where the person is, if it does. */
    public Optional<String> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        Matcher m = saying.matcher(lower);
        if (m.find()) {
            return Optional.ofNullable(codeByName.get(m.group(1)));
        }
        Matcher only = alone.matcher(lower);
        if (only.find()) {
            return Optional.ofNullable(codeByName.get(only.group(1)));
        }
        return Optional.empty();
    }
}
