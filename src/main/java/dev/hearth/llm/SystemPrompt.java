package dev.hearth.llm;

import dev.hearth.core.respond.ModelPrompt;
import dev.hearth.core.respond.Strategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The system message for the model: Hearth's phrasing rules (short, warm, one question at most, no
 * advice outside the planned strategies, no medical advice, an automated companion and not a human or
 * a professional), the planned stage and strategies, what Hearth remembers, and the embedded draft. The
 * wording is data, in {@code llm/en/system-prompt.txt}.
 */
public final class SystemPrompt {
    private static final String FILE = "llm/en/system-prompt.txt";
    private static final List<String> FRAGMENTS = List.of("no-advice", "draft-advice", "name", "topics", "goals",
            "nothing");

    private final String template;
    private final Map<String, String> fragments;

    SystemPrompt(String template, Map<String, String> fragments) {
        this.template = template;
        this.fragments = Map.copyOf(fragments);
    }

    /** The bundled English prompt. */
    public static SystemPrompt english() {
        try (InputStream in = SystemPrompt.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("The model prompt " + FILE + " is missing from the class path.");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE, e);
        }
    }

    static SystemPrompt parse(String text) {
        Map<String, String> fragments = new HashMap<>();
        List<String> body = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                int space = line.indexOf(' ');
                fragments.put(line.substring(1, space < 0 ? line.length() : space),
                        space < 0 ? "" : line.substring(space + 1).strip());
            } else {
                body.add(line);
            }
        }
        for (String needed : FRAGMENTS) {
            if (!fragments.containsKey(needed)) {
                throw new IllegalStateException("The model prompt " + FILE + " has no @" + needed + " line.");
            }
        }
        return new SystemPrompt(String.join("\n", body).strip(), fragments);
    }

    /** The system message for one reply. */
    public String render(ModelPrompt prompt) {
        return template
                .replace("{advice_rule}", fragments.get(prompt.suggests() ? "draft-advice" : "no-advice"))
                .replace("{stage}", prompt.stage().wireName())
                .replace("{strategies}", prompt.strategies().stream().map(Strategy::label)
                        .collect(Collectors.joining(", ")))
                .replace("{remembered}", remembered(prompt))
                .replace("{draft}", prompt.draft());
    }

    private String remembered(ModelPrompt prompt) {
        List<String> facts = new ArrayList<>();
        if (!prompt.name().isBlank()) {
            facts.add(fragments.get("name").replace("{value}", prompt.name()));
        }
        if (!prompt.topics().isEmpty()) {
            facts.add(fragments.get("topics").replace("{value}", String.join(", ", prompt.topics())));
        }
        if (!prompt.goals().isEmpty()) {
            facts.add(fragments.get("goals").replace("{value}", String.join("; ", prompt.goals())));
        }
        return facts.isEmpty() ? fragments.get("nothing") : String.join("; ", facts);
    }
}
