package dev.hearth.core.reading;

import dev.hearth.core.understand.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The precise dialogue-act rules from {@code understand/en/act-rules.yaml}: a one-word "idk" is a
 * short answer, "stop saying that" a complaint, "take care, happy holidays!" a goodbye, whatever the
 * learned head makes of them. A short answer right after a suggestion is left to the head, which
 * knows "nah" there declines it.
 */
public final class ActRules {
    private record Rule(DialogueAct act, Pattern pattern) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public ActRules(Lexicon lexicon) {
        lexicon.categories().forEach((name, patterns) -> {
            DialogueAct act = DialogueAct.fromWireName(name);
            for (String p : patterns) {
                rules.add(new Rule(act, Pattern.compile(p)));
            }
        });
    }

    /** The act a rule settles for this cleaned message, if any. */
    public Optional<DialogueAct> settle(String cleaned, LastReply last) {
        String text = cleaned.strip().toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (rule.act() == DialogueAct.SHORT_ANSWER && last.suggested()) {
                continue;
            }
            if (rule.pattern().matcher(text).matches()) {
                return Optional.of(rule.act());
            }
        }
        return Optional.empty();
    }
}
