package dev.hearth.core.safety;

import dev.hearth.core.respond.PhraseChooser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds the text of Hearth's crisis replies from the phrases in {@code phrases/en/crisis.yaml};
 * it decides what the reply says, never how (the words are data).
 *
 * <ul>
 *   <li>acute, about the writer: names in general words what they said, asks whether they are safe
 *       right now, gives the lines and the emergency number, says it is an automated companion, and
 *       stays in the conversation;</li>
 *   <li>concern, about the writer: validation, a gentle question about how heavy it is, the lines
 *       offered rather than pushed;</li>
 *   <li>someone else at risk: care for the helper, how to help (ask directly, listen, stay with
 *       them), lines to share, and the emergency number when it is happening now.</li>
 * </ul>
 *
 * It never sees the person's words, so it cannot repeat a means or anything else they wrote.
 * Stateless; the {@link PhraseChooser} passed in avoids repeating what this person heard recently.
 */
public final class CrisisCare {

    /** The turns after a crisis reply. */
    public enum FollowUp {
        /** The person keeps talking in the same conversation. */
        CONTINUE,
        /** A later, proactive check-in. */
        CHECK_IN,
        /** The person brushed it off ("I'm fine, forget it"): no pushing, the door left open. */
        AFTER_DENIAL
    }

    private static final String BULLET = "• ";

    /**
     * The text parts (one message bubble each) answering an assessment; empty for level none.
     *
     * @param assessment what the safety layer found
     * @param resources  the lines chosen for this person ({@link CrisisResources#select})
     * @param phrases    the phrase chooser for this person
     */
    public List<String> reply(CrisisAssessment assessment, ResourceSelection resources, PhraseChooser phrases) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(phrases, "phrases");
        if (!assessment.isCrisis()) {
            return List.of();
        }
        if (assessment.subject() == CrisisSubject.OTHER) {
            return forSomeoneElse(assessment.level(), resources, phrases);
        }
        return assessment.level() == CrisisLevel.ACUTE
                ? acute(assessment.reason(), resources, phrases)
                : concern(resources, phrases);
    }

    private List<String> acute(String reason, ResourceSelection resources, PhraseChooser phrases) {
        List<String> parts = new ArrayList<>();
        if (reason.startsWith(SafetyAnswer.HURT_NOW)) {
            parts.add(phrases.choose("crisis.hurt_now.get_help") + "\n\n" + emergency(resources, phrases, "crisis.emergency."));
        } else if (reason.startsWith(SafetyAnswer.NOT_SAFE)) {
            // They answered "no" to "are you safe?": thank them, and ask for the one step that matters now.
            parts.add(phrases.choose("crisis.not_safe.thanks") + " " + phrases.choose("crisis.not_safe.reach_out"));
        } else if (reason.startsWith(SafetyAnswer.UNBEARABLE)) {
            // One question at a time: "no" must not be able to mean both "no thoughts" and "not safe".
            parts.add(phrases.choose("crisis.unbearable.ask_direct"));
        } else {
            String named = isSelfHarm(reason) ? "crisis.acute.named.selfharm" : "crisis.acute.named.suicide";
            parts.add(phrases.choose(named) + " " + phrases.choose("crisis.acute.ask_safe"));
        }
        parts.add(withCountryQuestion(resources, phrases,
                phrases.choose("crisis.acute.resources", Map.of("resources", list(resources)))
                        + "\n\n" + emergency(resources, phrases, "crisis.emergency.")));
        parts.add(phrases.choose("crisis.identity") + " " + phrases.choose("crisis.acute.stay"));
        return List.copyOf(parts);
    }

    private List<String> concern(ResourceSelection resources, PhraseChooser phrases) {
        return List.of(
                phrases.choose("crisis.concern.validate") + " " + phrases.choose("crisis.concern.ask_weight"),
                withCountryQuestion(resources, phrases,
                        phrases.choose("crisis.concern.resources_offer", Map.of("resources", list(resources)))));
    }

    private List<String> forSomeoneElse(CrisisLevel level, ResourceSelection resources, PhraseChooser phrases) {
        String share = phrases.choose("crisis.other.resources_share", Map.of("resources", list(resources)));
        if (level == CrisisLevel.ACUTE) {
            share += "\n\n" + emergency(resources, phrases, "crisis.other.emergency.");
        }
        return List.of(
                phrases.choose("crisis.other.care_for_helper"),
                phrases.choose("crisis.other.how_to_help"),
                withCountryQuestion(resources, phrases, share));
    }

    /**
     * The phrasing for a turn after a crisis reply.
     *
     * @param name the person's display name, or blank when unknown (a variant without it is chosen)
     */
    public List<String> followUp(FollowUp kind, String name, PhraseChooser phrases) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phrases, "phrases");
        Map<String, String> slots = name == null || name.isBlank() ? Map.of() : Map.of("name", name.strip());
        String key = switch (kind) {
            case CONTINUE -> "crisis.followup.continue";
            case CHECK_IN -> "crisis.followup.check_in";
            case AFTER_DENIAL -> "crisis.followup.after_denial";
        };
        return List.of(phrases.choose(key, slots));
    }

    /**
     * What to say in a shared channel when a message there showed risk: only that a private message
     * is waiting, nothing about the person or what they wrote. Send the care itself privately.
     */
    public String publicRedirect(PhraseChooser phrases) {
        return Objects.requireNonNull(phrases, "phrases").choose("crisis.public.redirect");
    }

    private static boolean isSelfHarm(String reason) {
        return reason.startsWith("selfharm.");
    }

    /** The emergency sentence: one number, several countries' numbers, or "your local number". */
    private static String emergency(ResourceSelection resources, PhraseChooser phrases, String keyPrefix) {
        if (resources.emergencyNumber().isPresent()) {
            return phrases.choose(keyPrefix + "number", Map.of("emergency", resources.emergencyNumber().get()));
        }
        if (!resources.countries().isEmpty()) {
            String numbers = resources.emergencyNumbers().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining("; "));
            return phrases.choose(keyPrefix + "several", Map.of("emergencies", numbers));
        }
        return phrases.choose(keyPrefix + "local");
    }

    /** When Hearth knows neither country nor language, it offers to find a direct number. */
    private static String withCountryQuestion(ResourceSelection resources, PhraseChooser phrases, String text) {
        return resources.countries().isEmpty() ? text + "\n\n" + phrases.choose("crisis.resources.ask_country") : text;
    }

    private static String list(ResourceSelection resources) {
        return resources.describedLines().stream().map(line -> BULLET + line).collect(Collectors.joining("\n"));
    }
}
