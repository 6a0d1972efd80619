package dev.hearth.core.respond;

import dev.hearth.core.person.RecentMessages;
import dev.hearth.core.person.StoredMessage;
import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.safety.ModelReplyCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The realiser with a language model behind it, and the safety layer in front and behind. In front:
 * turns in the crisis-care window never reach the model (crisis turns themselves never reach any
 * realiser), and the model sees only recent turns after the last crisis's care window that the crisis
 * detector finds nothing in. Behind: every answer passes {@link ModelReplyCheck}; a failed check, a slow,
 * unreachable or broken model, or anything unexpected sends the embedded reply instead. The
 * automated-companion disclosure, when due, is always the embedded one.
 */
public final class GuardedRealiser implements Realiser {
    /** How many stored messages are read: enough for the repetition check (20 turns). */
    static final int HISTORY = 40;
    /** How many of them (after the safety filter) the model sees, besides this turn's message. */
    static final int PROMPT_TURNS = 8;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GuardedRealiser.class);
    private static final Pattern THINKING = Pattern.compile("(?is)<think>.*?(?:</think>|$)");
    private static final Pattern SPEAKER = Pattern.compile("(?i)^\\s*(?:hearth|assistant)\\s*:\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final ReplyModel model;
    private final ModelReplyCheck check;
    private final CrisisDetector detector;
    private final RecentMessages recent;
    private final Duration crisisCareWindow;

    /**
     * @param model            the language model that phrases replies
     * @param check            the check every answer must pass
     * @param detector         the crisis detector, to keep crisis text out of the prompt
     * @param recent           the person's stored messages
     * @param crisisCareWindow how long after a crisis turns stay with the embedded engine
     */
    public GuardedRealiser(ReplyModel model, ModelReplyCheck check, CrisisDetector detector, RecentMessages recent,
                           Duration crisisCareWindow) {
        this.model = model;
        this.check = check;
        this.detector = detector;
        this.recent = recent;
        this.crisisCareWindow = crisisCareWindow;
    }

    @Override
    public Realised realise(RealiserInput input) {
        if (input.inCrisisCare() || input.stage() == Stage.CRISIS) {
            return Realised.embedded(input.composed());
        }
        try {
            List<StoredMessage> history = recent.recent(input.user(), HISTORY);
            ModelPrompt prompt = prompt(input, history);
            String reply = clean(model.phrase(prompt));
            Optional<String> fault = check.fault(reply, prompt, hearthReplies(history));
            if (fault.isPresent()) {
                return fallback(input, fault.get());
            }
            List<String> parts = new ArrayList<>(input.fixedParts());
            parts.add(reply);
            return new Realised(parts, MODEL, "");
        } catch (ReplyModelException e) {
            return fallback(input, e.fault());
        } catch (RuntimeException e) {
            LOG.debug("The model realiser failed", e);
            return fallback(input, "error");
        }
    }

    /** What the model is given: the plan, the draft, what Hearth remembers, and safe recent turns. */
    ModelPrompt prompt(RealiserInput input, List<StoredMessage> history) {
        Instant since = input.lastCrisisAt().equals(Instant.EPOCH) ? Instant.EPOCH
                : input.lastCrisisAt().plus(crisisCareWindow);
        List<StoredMessage> turns = new ArrayList<>();
        for (StoredMessage message : history) {
            if (message.at().isAfter(since) && !detector.assess(message.text()).isCrisis()) {
                turns.add(message);
            }
        }
        if (turns.size() > PROMPT_TURNS) {
            turns = new ArrayList<>(turns.subList(turns.size() - PROMPT_TURNS, turns.size()));
        }
        turns.add(new StoredMessage(StoredMessage.PERSON, input.personText(), input.now()));
        List<String> goals = input.goals().stream().filter(g -> !detector.assess(g).isCrisis()).toList();
        return new ModelPrompt(input.stage(), input.strategies(), input.draft(), input.name(), input.topics(),
                goals, turns);
    }

    private static List<String> hearthReplies(List<StoredMessage> history) {
        return history.stream().filter(m -> m.author().equals(StoredMessage.HEARTH)).map(StoredMessage::text).toList();
    }

    /** The answer as it would be sent: no reasoning block, no speaker label, no wrapping quotes, one line. */
    static String clean(String answer) {
        if (answer == null) {
            return "";
        }
        String text = THINKING.matcher(answer).replaceAll(" ");
        text = SPACE.matcher(SPEAKER.matcher(text).replaceFirst("")).replaceAll(" ").strip();
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("“") && text.endsWith("”"))
                && text.substring(1, text.length() - 1).indexOf('"') < 0
                && text.substring(1, text.length() - 1).indexOf('“') < 0) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    private static Realised fallback(RealiserInput input, String fault) {
        // The reason only: never the model's answer or anything the person wrote.
        LOG.info("The model's reply was not used ({}); the embedded reply went out", fault);
        return Realised.fallback(input.composed(), fault);
    }
}
