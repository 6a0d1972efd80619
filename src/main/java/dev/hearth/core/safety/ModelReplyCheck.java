package dev.hearth.core.safety;

import dev.hearth.core.respond.ModelPrompt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Judges a reply phrased by a language model before anyone sees it. It fails the reply, naming the
 * first check it breaks, when the crisis detector finds anything in it (any level but none), when it
 * claims to be human or a professional, names a means of self-harm, gives medical advice, gives advice
 * the plan did not choose, holds a link or a mention, asks more than one question, is longer than the
 * limit, repeats a sentence of a recent reply, or quotes words the person did not write. The word
 * patterns are data, in {@code safety/en/model-replies.txt}. Thread-safe and immutable.
 */
public final class ModelReplyCheck {
    /** The longest model reply sent, in characters. */
    public static final int MAX_CHARS = 480;
    /** The most sentences a model reply may have. */
    public static final int MAX_SENTENCES = 5;

    private static final String FILE = "safety/en/model-replies.txt";
    private static final List<String> ALWAYS = List.of("claims-human", "claims-professional", "means", "medical",
            "links");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|“([^”]+)”|(?<![\\p{L}\\p{N}])‘([^’]+)’(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final CrisisDetector detector;
    private final Map<String, List<Pattern>> sections;
    private final int maxChars;
    private final int maxSentences;

    /**
     * @param detector     the same crisis detector every message passes
     * @param patterns     section name → patterns (claims-human, claims-professional, means, medical,
     *                     advice, links)
     * @param maxChars     the longest reply allowed
     * @param maxSentences the most sentences allowed
     */
    public ModelReplyCheck(CrisisDetector detector, Map<String, List<Pattern>> patterns, int maxChars,
                           int maxSentences) {
        this.detector = detector;
        this.sections = Map.copyOf(patterns);
        this.maxChars = maxChars;
        this.maxSentences = maxSentences;
    }

    /** The English check, with the bundled patterns and the default limits. */
    public static ModelReplyCheck english(CrisisDetector detector) {
        SectionedFile file = SectionedFile.read(ModelReplyCheck.class.getClassLoader(), FILE);
        Map<String, List<Pattern>> patterns = new LinkedHashMap<>();
        for (String section : file.sections().keySet()) {
            List<Pattern> compiled = new ArrayList<>();
            for (SectionedFile.Line line : file.lines(section)) {
                try {
                    compiled.add(Pattern.compile(line.text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(file.at(line, "not a valid pattern: " + e.getDescription()));
                }
            }
            patterns.put(section, List.copyOf(compiled));
        }
        for (String needed : List.of("claims-human", "claims-professional", "means", "medical", "advice", "links")) {
            if (patterns.getOrDefault(needed, List.of()).isEmpty()) {
                throw new IllegalStateException(FILE + " has no [" + needed + "] patterns.");
            }
        }
        return new ModelReplyCheck(detector, patterns, MAX_CHARS, MAX_SENTENCES);
    }

    /**
     * The first check the reply fails, as a short name ({@code crisis-language}, {@code claims-human},
     * {@code claims-professional}, {@code means}, {@code medical}, {@code advice}, {@code links},
     * {@code questions}, {@code too-long}, {@code repeated}, {@code misquote}, {@code empty}), or empty
     * when it may be sent.
     *
     * @param reply         the model's reply, cleaned of markup
     * @param prompt        what the model was given: its strategies and the person's turns
     * @param recentReplies Hearth's recent replies to this person, for the repetition check
     */
    public Optional<String> fault(String reply, ModelPrompt prompt, List<String> recentReplies) {
        String text = reply == null ? "" : reply.strip();
        if (text.isEmpty() || key(text).isEmpty()) {
            return Optional.of("empty");
        }
        if (detector.assess(text).isCrisis()) {
            return Optional.of("crisis-language");
        }
        String flat = text.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
        for (String section : ALWAYS) {
            if (matches(section, flat)) {
                return Optional.of(section);
            }
        }
        if (!prompt.suggests() && matches("advice", flat)) {
            return Optional.of("advice");
        }
        if (text.chars().filter(c -> c == '?').count() > 1) {
            return Optional.of("questions");
        }
        List<String> sentences = sentences(text);
        if (text.length() > maxChars || sentences.size() > maxSentences) {
            return Optional.of("too-long");
        }
        if (repeats(sentences, recentReplies)) {
            return Optional.of("repeated");
        }
        if (misquotes(text, prompt)) {
            return Optional.of("misquote");
        }
        return Optional.empty();
    }

    private boolean matches(String section, String flat) {
        for (Pattern pattern : sections.getOrDefault(section, List.of())) {
            if (pattern.matcher(flat).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (!key(sentence).isEmpty()) {
                out.add(sentence);
            }
        }
        return out;
    }

    /** A sentence said again, to this person recently or twice within the reply itself. */
    private static boolean repeats(List<String> sentences, List<String> recentReplies) {
        Set<String> said = new HashSet<>();
        for (String earlier : recentReplies) {
            for (String sentence : sentences(earlier)) {
                said.add(key(sentence));
            }
        }
        Set<String> inReply = new HashSet<>();
        for (String sentence : sentences) {
            String key = key(sentence);
            if (said.contains(key) || !inReply.add(key)) {
                return true;
            }
        }
        return false;
    }

    /** A quotation that is not something the person wrote in the turns the model was given. */
    private static boolean misquotes(String text, ModelPrompt prompt) {
        StringBuilder theirs = new StringBuilder(" ");
        prompt.turns().stream().filter(t -> t.author().equals(dev.hearth.core.person.StoredMessage.PERSON))
                .forEach(t -> theirs.append(key(t.text())).append(" | "));
        String written = theirs.toString();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String span = quoted.group(1) != null ? quoted.group(1)
                    : quoted.group(2) != null ? quoted.group(2) : quoted.group(3);
            String key = key(span);
            if (!key.isEmpty() && !written.contains(" " + key + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Lower case words joined by single spaces: how sentences and quotes are compared. */
    private static String key(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
