package dev.hearth.core.reading;

import dev.hearth.core.safety.CountryFinder;
import dev.hearth.core.safety.CrisisAssessment;
import dev.hearth.core.safety.CrisisJudge;
import dev.hearth.core.semantic.SentenceEncoder;
import dev.hearth.core.semantic.SentenceVector;
import dev.hearth.core.understand.Understander;
import dev.hearth.core.understand.PlannedStep;
import dev.hearth.core.understand.Understanding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The read stage, run once per turn before anything else: splits the message into sentences, embeds
 * each once, and hands the same vectors to the safety layer, the understand stage and the act head,
 * giving one immutable {@link Reading} that every later stage shares.
 */
public final class Reader {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern BRUSH_OFF = Pattern.compile(
            "(?i)\\b(?:i'?m fine|i am fine|i'?m ok(?:ay)?|forget (?:it|i said)|never ?mind|i was joking|just kidding|"
                    + "it'?s nothing|drop it|don'?t worry)\\b");

    private static final Pattern NAMED = Pattern.compile(
            "(?i)(?:stop|quit|enough with|no more|keep|always|you keep) (?:saying|asking|with|telling me)?\\s*[\"'“‘]?([a-z' ]{3,40}?)[\"'”’]?(?:[.!?,]|$| every| all the| over)");

    private final SentenceEncoder encoder;
    private final SentenceSplitter splitter;
    private final CrisisJudge crisis;
    private final Understander understander;
    private final ActReader acts;
    private final CountryFinder countries;
    private final QuestionKinds questions;
    private final ActAlignment alignment = new ActAlignment();

    public Reader(SentenceEncoder encoder, SentenceSplitter splitter, CrisisJudge crisis, Understander understander,
                  ActReader acts, CountryFinder countries, QuestionKinds questions) {
        this.questions = questions;
        this.encoder = encoder;
        this.splitter = splitter;
        this.crisis = crisis;
        this.understander = understander;
        this.acts = acts;
        this.countries = countries;
    }

    /** Reads a conversational message against Hearth's last reply. Never throws for odd text. */
    public Reading read(String text, LastReply last) {
        List<String> sentences = splitter.split(text);
        List<SentenceVector> vectors = new ArrayList<>(sentences.size());
        List<ReadSentence> read = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            SentenceVector v = encoder.encode(s);
            vectors.add(v);
            read.add(new ReadSentence(s, v));
        }
        SentenceVector whole = SentenceVector.mean(vectors, encoder.dimension());
        // Safety first: the assessment is made before anything else reads the message.
        CrisisAssessment assessment = text.isBlank() ? CrisisAssessment.none() : crisis.judge(text, sentences, vectors);
        Understanding said = understander.understand(text);
        String cleaned = said.cleanedText();
        int words = cleaned.isBlank() ? 0 : SPACE.split(cleaned.strip()).length;
        Map<DialogueAct, Double> scores = acts.scores(read, whole, last, said, words, cleaned.contains("?"));
        DialogueAct act = ActReader.best(scores);
        if (act == DialogueAct.STATING_PLAN && said.plans().isEmpty()) {
            said = withPlans(said, understander.statedPlans(cleaned));
        }
        String kind = act == DialogueAct.QUESTION_TO_HEARTH ? questions.kindOf(read) : "";
        return new Reading(text, read, whole, alignment.align(said, act, scores), act, scores, assessment,
                countries.find(cleaned), brushOff(cleaned, words), kind,
                act == DialogueAct.COMPLAINT ? namedPhrasing(cleaned) : "");
    }

    private static Understanding withPlans(Understanding said, List<PlannedStep> plans) {
        if (plans.isEmpty()) {
            return said;
        }
        return new Understanding(said.cleanedText(), said.emotions(), said.feelings(), said.topics(), said.intents(),
                plans, "", said.name());
    }

    /**
     * Reads a command or a button press: the safety layer's rules and the understand stage, no
     * embeddings (the words are Hearth's own, or a command's arguments).
     */
    public Reading readCommand(String text) {
        CrisisAssessment assessment = text.isBlank() ? CrisisAssessment.none() : crisis.judge(text, List.of(), List.of());
        Understanding said = understander.understand(text);
        return new Reading(text, List.of(), SentenceVector.zero(encoder.dimension()), said, DialogueAct.OTHER,
                Map.of(), assessment, java.util.Optional.empty(), false, "", "");
    }

    /** The wording a complaint names ("stop saying 'it sounds like'"), lower case, or empty. */
    static String namedPhrasing(String cleaned) {
        var m = NAMED.matcher(cleaned);
        if (!m.find()) {
            return "";
        }
        String words = m.group(1).strip().toLowerCase(java.util.Locale.ROOT);
        return SPACE.split(words).length >= 2 ? words : "";
    }

    private static boolean brushOff(String cleaned, int words) {
        var m = BRUSH_OFF.matcher(cleaned);
        if (!m.find()) {
            return false;
        }
        return words <= 8 || BRUSH_OFF.matcher(cleaned).lookingAt();
    }
}
