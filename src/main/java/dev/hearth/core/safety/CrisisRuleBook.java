package dev.hearth.core.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything the detector knows about one language, read once from {@code safety/<language>/}
 * ({@code normalise.txt}, {@code rules.txt}, {@code context.txt}) and compiled once: the normaliser,
 * the rules indexed by their trigger words, and the context cues. Immutable after construction.
 */
final class CrisisRuleBook {
    private final TextNormalizer normalizer;
    private final List<CrisisRule> rules;
    private final Map<String, BitSet> rulesByTrigger;
    private final BitSet alwaysRun;
    private final ContextCues cues;

    private CrisisRuleBook(TextNormalizer normalizer, List<CrisisRule> rules, ContextCues cues) {
        this.normalizer = normalizer;
        this.rules = List.copyOf(rules);
        this.cues = cues;
        Map<String, BitSet> index = new HashMap<>();
        BitSet always = new BitSet();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).triggers().contains("*")) {
                always.set(i);
            }
            for (String trigger : rules.get(i).triggers()) {
                index.computeIfAbsent(trigger, k -> new BitSet()).set(i);
            }
        }
        this.rulesByTrigger = Map.copyOf(index);
        this.alwaysRun = always;
    }

    /** Reads and compiles the data files of a language; fails with the file and line of any mistake. */
    static CrisisRuleBook load(ClassLoader loader, String language) {
        String folder = "safety/" + language.toLowerCase(Locale.ROOT) + "/";
        SectionedFile normalise = SectionedFile.read(loader, folder + "normalise.txt");
        SectionedFile ruleFile = SectionedFile.read(loader, folder + "rules.txt");
        SectionedFile context = SectionedFile.read(loader, folder + "context.txt");
        Macros macros = new Macros(ruleFile);
        List<CrisisRule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (SectionedFile.Line line : ruleFile.lines("rules")) {
            CrisisRule rule = parseRule(ruleFile, line, macros);
            if (!ids.add(rule.id())) {
                throw new IllegalStateException(ruleFile.at(line, "the id " + rule.id() + " is used twice."));
            }
            rules.add(rule);
        }
        if (rules.isEmpty()) {
            throw new IllegalStateException(ruleFile.name() + " has no [rules].");
        }
        return new CrisisRuleBook(new TextNormalizer(normalise), rules, ContextCues.from(context, macros));
    }

    private static CrisisRule parseRule(SectionedFile file, SectionedFile.Line line, Macros macros) {
        String[] fields = line.text().split("\\s+\\|\\s+", 5);
        if (fields.length != 5) {
            throw new IllegalStateException(file.at(line, "expected level | id | flags | triggers | regex."));
        }
        CrisisRule.Strength strength;
        try {
            strength = CrisisRule.Strength.valueOf(fields[0].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file.at(line, "the level must be acute, concern or weak."), e);
        }
        Set<CrisisRule.Flag> flags = EnumSet.noneOf(CrisisRule.Flag.class);
        for (String flag : fields[2].trim().split("[\\s,]+")) {
            if (flag.equals("-")) {
                continue;
            }
            try {
                flags.add(CrisisRule.Flag.valueOf(flag.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file.at(line, "unknown flag " + flag + "."), e);
            }
        }
        Set<String> triggers = macros.triggers(fields[3], file, line);
        Pattern pattern;
        try {
            pattern = Pattern.compile(macros.expand(fields[4].trim(), file, line));
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(file.at(line, "bad pattern: " + e.getDescription()), e);
        }
        return new CrisisRule(strength, fields[1].trim(), flags, triggers, pattern);
    }

    TextNormalizer normalizer() {
        return normalizer;
    }

    ContextCues cues() {
        return cues;
    }

    List<CrisisRule> rules() {
        return rules;
    }

    /** The indexes of the rules that may match a sentence, from the words it holds. */
    BitSet candidates(Sentence sentence) {
        BitSet set = (BitSet) alwaysRun.clone();
        for (int i = 0; i < sentence.size(); i++) {
            BitSet hit = rulesByTrigger.get(sentence.token(i));
            if (hit != null) {
                set.or(hit);
            }
        }
        return set;
    }
}
