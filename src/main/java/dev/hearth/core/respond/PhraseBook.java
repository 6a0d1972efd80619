package dev.hearth.core.respond;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All reply phrasing of one language, from the data files under {@code phrases/<lang>/}: a dotted key
 * (e.g. {@code reflect.feeling.overwhelmed}) to its variants. A variant's id is {@code key#index}.
 */
public record PhraseBook(Map<String, List<String>> phrases) {
    public PhraseBook {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        phrases.forEach((key, variants) -> copy.put(key, List.copyOf(variants)));
        phrases = Collections.unmodifiableMap(copy);
    }

    /** The variants of a key, empty when no file defines it. */
    public List<String> variants(String key) {
        return phrases.getOrDefault(key, List.of());
    }

    /**
     * The first variant of a key, or {@code fallback} when no file defines it: for fixed texts such as
     * command descriptions, which must not vary from one call to the next.
     */
    public String first(String key, String fallback) {
        List<String> variants = variants(key);
        return variants.isEmpty() ? fallback : variants.get(0);
    }

    /** True when some file defines the key with at least one variant. */
    public boolean has(String key) {
        return !variants(key).isEmpty();
    }

    /** The text of a variant id ({@code key#index}). */
    public Optional<String> byId(String id) {
        int hash = id.lastIndexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        List<String> variants = variants(id.substring(0, hash));
        try {
            int index = Integer.parseInt(id.substring(hash + 1));
            return index >= 0 && index < variants.size() ? Optional.of(variants.get(index)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
