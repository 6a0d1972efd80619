package dev.hearth.core.wellbeing;

import dev.hearth.core.Button;
import dev.hearth.core.person.DialogueState;
import dev.hearth.core.respond.PhraseChooser;
import dev.hearth.core.understand.Understanding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The plan stage's hook for breathing and grounding: when someone says they are anxious or panicking,
 * the reply carries two buttons offering {@code /breathe} and {@code /ground}. An offer, never a
 * replacement for the reply (or for crisis care), and not again within the phrase window once made.
 * It reads only the {@link Understanding}, so it stays the same whatever the planner becomes.
 */
public final class CalmingOffer {
    /** The feelings that call for it (the lexicon's {@code anxious} includes panic, dread and fear). */
    static final Set<String> FEELINGS = Set.of("anxious");
    /** The phrase id that marks the offer in the person's recent phrases. */
    static final String MARK = "button.breathe.offer#0";
    private static final List<String> EMOTIONS = List.of("nervousness", "fear");

    private CalmingOffer() {
    }

    /** True when what the person said is anxiety or panic they feel (not negated), in words or in emotion. */
    public static boolean fits(Understanding said) {
        return said.feelingNames().stream().anyMatch(FEELINGS::contains)
                || (said.feelingNames().isEmpty() && EMOTIONS.stream().anyMatch(said.emotions()::detected));
    }

    /** True when the offer was made within the person's recent phrases, so it is not repeated. */
    public static boolean offeredRecently(DialogueState state) {
        return state.recentPhrases().stream().anyMatch(entry -> entry.endsWith("|" + MARK) || entry.equals(MARK));
    }

    /** The offer's buttons: breathe with me, and 5-4-3-2-1 grounding. */
    public static List<Button> buttons(PhraseChooser chooser) {
        return CalmingCommands.offerButtons(chooser);
    }

    /** The phrase ids of a reply with the offer marked, for the person's recent phrases. */
    public static List<String> marked(List<String> phraseIds) {
        List<String> ids = new ArrayList<>(phraseIds);
        if (!ids.contains(MARK)) {
            ids.add(MARK);
        }
        return ids;
    }
}
