package dev.hearth.core.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw message into normalised sentences, undoing the ways people write around filters and
 * the ways they write fast: case, accents and curly quotes, spaced or dotted letters
 * ("k i l l  m y s e l f", "k.i.l.l"), leetspeak ("k1ll"), censor stars ("k*ll"), stretched letters
 * ("diieee"), one-letter typos of key words ("mysefl"), slang and contractions ("kms", "im", "don't").
 * The tables come from {@code normalise.txt}; this class holds only the mechanics.
 */
final class TextNormalizer {
    /** Letters split by dots, dashes, stars, underscores or slashes: "k.i.l.l", "k-i-l-l". */
    private static final Pattern SEPARATED_LETTERS =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:[\\p{L}\\p{N}][.\\-*_/]){2,}[\\p{L}\\p{N}](?![\\p{L}\\p{N}])");
    private static final Pattern SEPARATORS = Pattern.compile("[.\\-*_/]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String STAR_FILLS = "aeiouy";
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ";", "…");
    private static final int MAX_INPUT = 20_000;

    /** A token while normalising: its text, whether it is a word, and the white space before it. */
    private record Tok(String text, boolean word, int gap, boolean newline) {
        Tok withText(String newText) {
            return new Tok(newText, word, gap, newline);
        }
    }

    private record Phrase(String[] from, String[] to) {
    }

    private final Map<String, String> replacements = new HashMap<>();
    private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();
    private final Map<Character, Character> leet = new HashMap<>();
    private final Set<String> lexicon = new HashSet<>();
    private final Set<String> riskWords = new HashSet<>();
    private final List<String> fuzzy = new ArrayList<>();
    private final int longestLexiconWord;

    TextNormalizer(SectionedFile file) {
        for (SectionedFile.Line line : file.lines("replace")) {
            int arrow = line.text().indexOf("=>");
            if (arrow <= 0) {
                throw new IllegalStateException(file.at(line, "expected 'from => to'."));
            }
            String from = line.text().substring(0, arrow).trim();
            String to = line.text().substring(arrow + 2).trim();
            if (from.contains(" ")) {
                String[] words = from.split("\\s+");
                phrasesByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, to.split("\\s+")));
            } else {
                replacements.put(from, to);
            }
        }
        // Longest phrases first, so "self deleting" wins over a shorter entry starting the same way.
        phrasesByFirstWord.values().forEach(list -> list.sort((a, b) -> b.from().length - a.from().length));
        for (SectionedFile.Line line : file.lines("leet")) {
            String[] parts = line.text().split("\\s+");
            if (parts.length != 2 || parts[0].length() != 1 || parts[1].length() != 1) {
                throw new IllegalStateException(file.at(line, "expected one character, a space and one letter."));
            }
            leet.put(parts[0].charAt(0), parts[1].charAt(0));
        }
        lexicon.addAll(file.words("lexicon"));
        fuzzy.addAll(file.words("fuzzy"));
        riskWords.addAll(file.words("glued"));
        if (!lexicon.containsAll(riskWords)) {
            throw new IllegalStateException(file.name() + ": every [glued] word must also be in [lexicon].");
        }
        longestLexiconWord = lexicon.stream().mapToInt(String::length).max().orElse(1);
    }

    /** The message as normalised sentences; empty for blank text. */
    List<Sentence> normalize(String raw) {
        String text = prepare(raw.length() > MAX_INPUT ? raw.substring(0, MAX_INPUT) : raw);
        List<Tok> tokens = tokenize(text);
        tokens = joinSingleLetters(tokens);
        tokens = normalizeWords(tokens);
        tokens = replacePhrases(tokens);
        return splitSentences(tokens);
    }

    // ---- characters ----------------------------------------------------------------------------

    private static String prepare(String raw) {
        String text = raw;
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (!ascii) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
            text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
            StringBuilder sb = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> sb.append('"');
                    case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> sb.append('\'');
                    case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u2060' -> { }
                    case '\u2013', '\u2014' -> sb.append(" - ");
                    default -> sb.append(c);
                }
            }
            text = sb.toString();
        }
        text = text.toLowerCase(Locale.ROOT);
        Matcher m = SEPARATED_LETTERS.matcher(text);
        if (m.find()) {
            StringBuilder out = new StringBuilder();
            do {
                m.appendReplacement(out, SEPARATORS.matcher(m.group()).replaceAll(""));
            } while (m.find());
            m.appendTail(out);
            text = out.toString();
        }
        return text;
    }

    private static List<Tok> tokenize(String text) {
        List<Tok> tokens = new ArrayList<>();
        int gap = 0;
        boolean newline = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || (c == '-' && i > 0 && i + 1 < n
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1)))) {
                // A hyphen inside a word ("self-harm") is a space.
                gap++;
                newline |= c == '\n' || c == '\r';
                i++;
                continue;
            }
            int end;
            boolean word;
            if (Character.isLetterOrDigit(c) || ((c == '$' || c == '@') && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                end = i + 1;
                while (end < n) {
                    char d = text.charAt(end);
                    if (Character.isLetterOrDigit(d)) {
                        end++;
                    } else if ("'$@!|*".indexOf(d) >= 0 && end + 1 < n && Character.isLetterOrDigit(text.charAt(end + 1))) {
                        end++;
                    } else {
                        break;
                    }
                }
                word = true;
            } else {
                end = i + Character.charCount(text.codePointAt(i));
                word = false;
            }
            tokens.add(new Tok(text.substring(i, end), word, gap, newline));
            gap = 0;
            newline = false;
            i = end;
        }
        return tokens;
    }

    // ---- spaced-out letters ----------------------------------------------------------------------

    /** Runs of three or more single letters become words when they split into known words. */
    private List<Tok> joinSingleLetters(List<Tok> tokens) {
        List<Tok> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && isSingle(tokens.get(end)) && (end == i || (!tokens.get(end).newline() && tokens.get(end).gap() <= 3))) {
                end++;
            }
            if (end - i >= 3) {
                List<String> words = joinRun(tokens.subList(i, end));
                if (words != null) {
                    Tok first = tokens.get(i);
                    for (int k = 0; k < words.size(); k++) {
                        out.add(new Tok(words.get(k), true, k == 0 ? first.gap() : 1, k == 0 && first.newline()));
                    }
                    i = end;
                    continue;
                }
            }
            out.add(tokens.get(i));
            i++;
        }
        return out;
    }

    private static boolean isSingle(Tok t) {
        return t.word() && t.text().length() == 1;
    }

    /** The words of a spaced-out run (a double space marks a word break), or null if they are not words. */
    private List<String> joinRun(List<Tok> run) {
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (int k = 0; k < run.size(); k++) {
            if (k > 0 && run.get(k).gap() >= 2) {
                if (!segmentInto(chunk.toString(), words)) {
                    return null;
                }
                chunk.setLength(0);
            }
            char c = run.get(k).text().charAt(0);
            chunk.append(leet.getOrDefault(c, c));
        }
        return segmentInto(chunk.toString(), words) ? words : null;
    }

    private boolean segmentInto(String chunk, List<String> words) {
        List<String> parts = segment(chunk);
        if (parts == null) {
            return false;
        }
        words.addAll(parts);
        return true;
    }

    /** The fewest known words that spell the text exactly, or null. */
    private List<String> segment(String text) {
        int n = text.length();
        if (n == 0 || n > 60) {
            return null;
        }
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - longestLexiconWord); start < end; start++) {
                if (best[start] != Integer.MAX_VALUE && best[start] + 1 < best[end] && lexicon.contains(text.substring(start, end))) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            parts.add(0, text.substring(from[end], end));
        }
        return parts;
    }

    // ---- words ---------------------------------------------------------------------------------

    private List<Tok> normalizeWords(List<Tok> tokens) {
        List<Tok> out = new ArrayList<>(tokens.size() + 8);
        for (Tok t : tokens) {
            if (!t.word()) {
                out.add(t);
                continue;
            }
            String normal = normalizeWord(t.text());
            if (normal.indexOf(' ') < 0) {
                out.add(t.withText(normal));
            } else {
                String[] parts = normal.split(" ");
                for (int k = 0; k < parts.length; k++) {
                    out.add(k == 0 ? t.withText(parts[0]) : new Tok(parts[k], true, 1, false));
                }
            }
        }
        return out;
    }

    /** One word, normalised; may become several words separated by spaces ("kms" -> "kill myself"). */
    private String normalizeWord(String word) {
        String replaced = replacements.get(word);
        if (replaced != null) {
            return replaced;
        }
        if (word.indexOf('\'') >= 0) {
            return contraction(word);
        }
        String w = word;
        if (hasLeet(w)) {
            w = applyLeet(w);
            replaced = replacements.get(w);
            if (replaced != null) {
                return replaced;
            }
        }
        if (w.indexOf('*') >= 0) {
            w = fillStars(w);
        }
        if (hasRunOfThree(w)) {
            w = restoreRepeats(w);
            replaced = replacements.get(w);
            if (replaced != null) {
                return replaced;
            }
        }
        if (w.length() >= 5 && !lexicon.contains(w)) {
            String fixed = fixTypo(w);
            if (fixed != null) {
                return fixed;
            }
        }
        if (w.length() >= 8 && !lexicon.contains(w) && containsRiskWord(w)) {
            // A hashtag or glued phrase: "killmyself", "iwanttodie".
            List<String> parts = segment(w);
            if (parts != null && parts.size() >= 2 && parts.stream().anyMatch(riskWords::contains)) {
                return String.join(" ", parts);
            }
        }
        return w;
    }

    private boolean containsRiskWord(String w) {
        for (String risk : riskWords) {
            if (w.contains(risk)) {
                return true;
            }
        }
        return false;
    }

    private String contraction(String word) {
        String[][] suffixes = {{"n't", " not"}, {"'re", " are"}, {"'ve", " have"}, {"'ll", " will"}, {"'d", " would"}, {"'m", " am"}, {"'s", ""}};
        for (String[] suffix : suffixes) {
            if (word.endsWith(suffix[0]) && word.length() > suffix[0].length()) {
                String base = normalizeWord(word.substring(0, word.length() - suffix[0].length()));
                return base + suffix[1];
            }
        }
        return normalizeWord(word.replace("'", ""));
    }

    private boolean hasLeet(String w) {
        int letters = 0;
        boolean symbol = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (leet.containsKey(c)) {
                symbol = true;
            }
        }
        return symbol && letters >= 2;
    }

    /** Maps leet characters that stand between letters, or a leading $ or @ ("$uicide"). */
    private String applyLeet(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            Character mapped = leet.get(c);
            boolean between = i > 0 && i + 1 < w.length() && isLetterish(w.charAt(i - 1)) && isLetterish(w.charAt(i + 1));
            boolean leading = i == 0 && (c == '$' || c == '@') && w.length() > 1 && Character.isLetter(w.charAt(1));
            sb.append(mapped != null && (between || leading) ? mapped : c);
        }
        return sb.toString();
    }

    private boolean isLetterish(char c) {
        return Character.isLetter(c) || leet.containsKey(c);
    }

    private String fillStars(String w) {
        int star = w.indexOf('*');
        int second = w.indexOf('*', star + 1);
        if (second < 0 || w.indexOf('*', second + 1) < 0) {
            for (int a = 0; a < STAR_FILLS.length(); a++) {
                String one = w.substring(0, star) + STAR_FILLS.charAt(a) + w.substring(star + 1);
                if (second < 0) {
                    if (lexicon.contains(one)) {
                        return one;
                    }
                    continue;
                }
                int at = one.indexOf('*');
                for (int b = 0; b < STAR_FILLS.length(); b++) {
                    String two = one.substring(0, at) + STAR_FILLS.charAt(b) + one.substring(at + 1);
                    if (lexicon.contains(two)) {
                        return two;
                    }
                }
            }
        }
        return w.replace("*", "");
    }

    private static boolean hasRunOfThree(String w) {
        for (int i = 2; i < w.length(); i++) {
            if (w.charAt(i) == w.charAt(i - 1) && w.charAt(i) == w.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    /** "kiiiill" -> "kill", "diieee" -> "die": each doubled-or-more letter tried once and twice. */
    private String restoreRepeats(String w) {
        List<Character> letters = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!letters.isEmpty() && letters.get(letters.size() - 1) == c) {
                counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
            } else {
                letters.add(c);
                counts.add(1);
            }
        }
        List<Integer> repeated = new ArrayList<>();
        for (int k = 0; k < counts.size(); k++) {
            if (counts.get(k) >= 2) {
                repeated.add(k);
            }
        }
        if (repeated.size() <= 6) {
            for (int mask = 0; mask < (1 << repeated.size()); mask++) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < letters.size(); k++) {
                    int r = repeated.indexOf(k);
                    int times = r < 0 ? 1 : ((mask >> r) & 1) + 1;
                    sb.append(String.valueOf(letters.get(k)).repeat(times));
                }
                if (lexicon.contains(sb.toString())) {
                    return sb.toString();
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < letters.size(); k++) {
            sb.append(String.valueOf(letters.get(k)).repeat(Math.min(2, counts.get(k))));
        }
        return sb.toString();
    }

    private String fixTypo(String w) {
        if (fuzzy.contains(w)) {
            return w;
        }
        for (String target : fuzzy) {
            if (withinOneEdit(w, target)) {
                return target;
            }
        }
        return null;
    }

    /** True when one insertion, deletion, substitution or swap of neighbours turns a into b. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            return sameFrom(a, i + 1, b, i + 1)
                    || (i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i) && sameFrom(a, i + 2, b, i + 2));
        }
        return la > lb ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
    }

    private static boolean sameFrom(String a, int ia, String b, int ib) {
        return a.length() - ia == b.length() - ib && a.regionMatches(ia, b, ib, a.length() - ia);
    }

    // ---- phrases and sentences -------------------------------------------------------------------

    private List<Tok> replacePhrases(List<Tok> tokens) {
        if (phrasesByFirstWord.isEmpty()) {
            return tokens;
        }
        List<Tok> out = new ArrayList<>(tokens.size());
        int i = 0;
        outer:
        while (i < tokens.size()) {
            Tok t = tokens.get(i);
            List<Phrase> candidates = t.word() ? phrasesByFirstWord.get(t.text()) : null;
            if (candidates != null) {
                for (Phrase p : candidates) {
                    if (matchesAt(tokens, i, p.from())) {
                        for (int k = 0; k < p.to().length; k++) {
                            out.add(k == 0 ? t.withText(p.to()[0]) : new Tok(p.to()[k], true, 1, false));
                        }
                        i += p.from().length;
                        continue outer;
                    }
                }
            }
            out.add(t);
            i++;
        }
        return out;
    }

    private static boolean matchesAt(List<Tok> tokens, int at, String[] words) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Tok t = tokens.get(at + k);
            if (!t.word() || !t.text().equals(words[k]) || (k > 0 && t.newline())) {
                return false;
            }
        }
        return true;
    }

    /** Splits on . ! ? ; and line breaks, never inside a closed quotation. */
    private static List<Sentence> splitSentences(List<Tok> tokens) {
        int n = tokens.size();
        int[] open = new int[n];
        int[] close = new int[n];
        Arrays.fill(open, -1);
        Arrays.fill(close, -1);
        markQuotes(tokens, "\"", open, close);
        markQuotes(tokens, "'", open, close);

        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            boolean boundary = i == n
                    || (open[i] < 0 && SENTENCE_ENDS.contains(tokens.get(i).text()))
                    || (open[i] < 0 && i > start && tokens.get(i).newline());
            if (!boundary) {
                continue;
            }
            int end = i;
            if (end > start) {
                sentences.add(sentence(tokens, start, end, open, close));
            }
            boolean dropBoundary = i < n && SENTENCE_ENDS.contains(tokens.get(i).text()) && open[i] < 0;
            start = dropBoundary ? i + 1 : i;
        }
        return sentences;
    }

    /** Pairs quote marks of one kind in order; the tokens between a pair (and the pair) are quoted. */
    private static void markQuotes(List<Tok> tokens, String mark, int[] open, int[] close) {
        int opened = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals(mark) || open[i] >= 0) {
                continue;
            }
            if (opened < 0) {
                opened = i;
            } else {
                for (int k = opened; k <= i; k++) {
                    if (open[k] < 0) {
                        open[k] = opened;
                        close[k] = i;
                    }
                }
                opened = -1;
            }
        }
    }

    private static Sentence sentence(List<Tok> tokens, int start, int end, int[] open, int[] close) {
        List<String> words = new ArrayList<>(end - start);
        int[] o = new int[end - start];
        int[] c = new int[end - start];
        for (int i = start; i < end; i++) {
            words.add(tokens.get(i).text());
            // Quote positions relative to the sentence; a quotation never crosses a sentence boundary.
            o[i - start] = open[i] < 0 ? -1 : Math.max(0, open[i] - start);
            c[i - start] = close[i] < 0 ? -1 : Math.min(end - start - 1, close[i] - start);
        }
        return new Sentence(words, o, c);
    }
}
