package dev.hearth.core.safety;

import java.util.Objects;

/**
 * One service a person can reach: what it is called and how to reach it, in a few words
 * ("call or text 988"). Both come from the operator's crisis resources file.
 */
public record HelpLine(String name, String how) {
    public HelpLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(how, "how");
        if (name.isBlank() || how.isBlank()) {
            throw new IllegalArgumentException("A help line needs a name and how to reach it.");
        }
    }

    /** The line as one short text: "Samaritans: call 116 123 (free, 24/7)". */
    public String describe() {
        return name + ": " + how;
    }
}
