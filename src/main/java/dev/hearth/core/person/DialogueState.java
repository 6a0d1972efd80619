package dev.hearth.core.person;

import dev.hearth.core.respond.Stage;
import dev.hearth.core.safety.CrisisLevel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where Hearth is with a person, carried from turn to turn and across days.
 *
 * @param stage               the ESConv stage of the last reply
 * @param turns               how many messages the person has sent in all
 * @param stageTurns          how many turns in a row the stage has not changed
 * @param topics              topics they brought, most recent first
 * @param lastConcern         their words about what weighs on them most recently, turned toward them
 *                            ("work was piling up"), for asking about it when they come back
 * @param recentPhrases       phrase ids used in replies, as {@code turn|id}, for the last 20 turns
 * @param declinedSuggestions suggestion phrase ids the person turned down; never offered again
 * @param lastSuggestion      the suggestion offered in the previous reply, empty if none
 * @param ventOnly            they asked only to be listened to: no suggestions until they ask
 * @param sessionStartedAt    when the current stretch of conversation began
 * @param lastDisclosureAt    when Hearth last said it is an automated companion
 * @param lastCrisis          the level of the most recent crisis turn
 * @param lastCrisisAt        when it was, or {@link Instant#EPOCH} for never
 * @param hopelessDays        days they said they felt hopeless, newest first, for the trend rule
 * @param flow                how the last turns went: short answers in a row, the last turn's topics
 *                            and act, and whether Hearth is keeping its phrasing plain after a complaint
 */
public record DialogueState(
        Stage stage,
        int turns,
        int stageTurns,
        List<String> topics,
        String lastConcern,
        List<String> recentPhrases,
        List<String> declinedSuggestions,
        String lastSuggestion,
        boolean ventOnly,
        Instant sessionStartedAt,
        Instant lastDisclosureAt,
        CrisisLevel lastCrisis,
        Instant lastCrisisAt,
        List<java.time.LocalDate> hopelessDays,
        ConversationFlow flow) {

    /** A state without flow (as stored before the flow was kept). */
    public DialogueState(Stage stage, int turns, int stageTurns, List<String> topics, String lastConcern,
                         List<String> recentPhrases, List<String> declinedSuggestions, String lastSuggestion,
                         boolean ventOnly, Instant sessionStartedAt, Instant lastDisclosureAt, CrisisLevel lastCrisis,
                         Instant lastCrisisAt, List<java.time.LocalDate> hopelessDays) {
        this(stage, turns, stageTurns, topics, lastConcern, recentPhrases, declinedSuggestions, lastSuggestion,
                ventOnly, sessionStartedAt, lastDisclosureAt, lastCrisis, lastCrisisAt, hopelessDays,
                ConversationFlow.NONE);
    }

    public DialogueState {
        Objects.requireNonNull(stage, "stage");
        topics = List.copyOf(topics);
        lastConcern = lastConcern == null ? "" : lastConcern;
        recentPhrases = List.copyOf(recentPhrases);
        declinedSuggestions = List.copyOf(declinedSuggestions);
        lastSuggestion = lastSuggestion == null ? "" : lastSuggestion;
        Objects.requireNonNull(sessionStartedAt, "sessionStartedAt");
        Objects.requireNonNull(lastDisclosureAt, "lastDisclosureAt");
        Objects.requireNonNull(lastCrisis, "lastCrisis");
        Objects.requireNonNull(lastCrisisAt, "lastCrisisAt");
        hopelessDays = hopelessDays == null ? List.of() : List.copyOf(hopelessDays);
        flow = flow == null ? ConversationFlow.NONE : flow;
    }

    /** The state before a first message. */
    public static DialogueState fresh(Instant now) {
        return new DialogueState(Stage.EXPLORATION, 0, 0, List.of(), "", List.of(), List.of(), "", false,
                now, Instant.EPOCH, CrisisLevel.NONE, Instant.EPOCH, List.of());
    }

    /** A builder seeded with this state, for the record stage's changes. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes to a state, collected during a turn. */
    public static final class Builder {
        private Stage stage;
        private int turns;
        private int stageTurns;
        private List<String> topics;
        private String lastConcern;
        private List<String> recentPhrases;
        private List<String> declinedSuggestions;
        private String lastSuggestion;
        private boolean ventOnly;
        private Instant sessionStartedAt;
        private Instant lastDisclosureAt;
        private CrisisLevel lastCrisis;
        private Instant lastCrisisAt;
        private List<java.time.LocalDate> hopelessDays;
        private ConversationFlow flow;

        private Builder(DialogueState s) {
            stage = s.stage;
            turns = s.turns;
            stageTurns = s.stageTurns;
            topics = s.topics;
            lastConcern = s.lastConcern;
            recentPhrases = s.recentPhrases;
            declinedSuggestions = s.declinedSuggestions;
            lastSuggestion = s.lastSuggestion;
            ventOnly = s.ventOnly;
            sessionStartedAt = s.sessionStartedAt;
            lastDisclosureAt = s.lastDisclosureAt;
            lastCrisis = s.lastCrisis;
            lastCrisisAt = s.lastCrisisAt;
            hopelessDays = s.hopelessDays;
            flow = s.flow;
        }

        public Builder stage(Stage v) { stage = v; return this; }
        public Builder turns(int v) { turns = v; return this; }
        public Builder stageTurns(int v) { stageTurns = v; return this; }
        public Builder topics(List<String> v) { topics = v; return this; }
        public Builder lastConcern(String v) { lastConcern = v; return this; }
        public Builder recentPhrases(List<String> v) { recentPhrases = v; return this; }
        public Builder declinedSuggestions(List<String> v) { declinedSuggestions = v; return this; }
        public Builder lastSuggestion(String v) { lastSuggestion = v; return this; }
        public Builder ventOnly(boolean v) { ventOnly = v; return this; }
        public Builder sessionStartedAt(Instant v) { sessionStartedAt = v; return this; }
        public Builder lastDisclosureAt(Instant v) { lastDisclosureAt = v; return this; }
        public Builder lastCrisis(CrisisLevel v) { lastCrisis = v; return this; }
        public Builder lastCrisisAt(Instant v) { lastCrisisAt = v; return this; }
        public Builder hopelessDays(List<java.time.LocalDate> v) { hopelessDays = v; return this; }
        public Builder flow(ConversationFlow v) { flow = v; return this; }

        public DialogueState build() {
            return new DialogueState(stage, turns, stageTurns, topics, lastConcern, recentPhrases,
                    declinedSuggestions, lastSuggestion, ventOnly, sessionStartedAt, lastDisclosureAt, lastCrisis,
                    lastCrisisAt, hopelessDays, flow);
        }
    }
}
