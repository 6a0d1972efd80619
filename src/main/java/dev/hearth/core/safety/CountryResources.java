package dev.hearth.core.safety;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A country's crisis resources: its ISO 3166-1 alpha-2 code (upper case), its name, the emergency
 * number and its helplines, most general first.
 */
public record CountryResources(String code, String name, String emergency, List<HelpLine> lines) {
    public CountryResources {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(emergency, "emergency");
        code = code.toUpperCase(Locale.ROOT);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("The resources of " + code + " list no help line.");
        }
    }
}
