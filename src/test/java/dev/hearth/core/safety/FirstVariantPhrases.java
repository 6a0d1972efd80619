package dev.hearth.core.safety;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hearth.core.respond.PhraseChooser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny phrase chooser for tests: reads {@code phrases/en/crisis.yaml}, picks the first variant
 * whose slots are all given, fills them, and records every key asked for.
 */
final class FirstVariantPhrases implements PhraseChooser {
    static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)\\}");

    private final Map<String, List<String>> phrases;
    private final List<String> keysAsked = new ArrayList<>();

    FirstVariantPhrases() {
        this.phrases = load();
    }

    static Map<String, List<String>> load() {
        try (InputStream in = FirstVariantPhrases.class.getResourceAsStream("/phrases/en/crisis.yaml")) {
            if (in == null) {
                throw new IllegalStateException("phrases/en/crisis.yaml is missing");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<Map<String, List<String>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String choose(String key, Map<String, String> slots) {
        keysAsked.add(key);
        List<String> variants = phrases.get(key);
        if (variants == null) {
            throw new IllegalArgumentException("no phrase file defines " + key);
        }
        for (String variant : variants) {
            Matcher m = SLOT.matcher(variant);
            boolean complete = true;
            while (m.find() && complete) {
                complete = slots.containsKey(m.group(1));
            }
            if (complete) {
                return SLOT.matcher(variant).replaceAll(r -> Matcher.quoteReplacement(slots.get(r.group(1))));
            }
        }
        throw new IllegalArgumentException("every variant of " + key + " needs a slot that was not given: " + slots.keySet());
    }

    List<String> keysAsked() {
        return List.copyOf(keysAsked);
    }
}
