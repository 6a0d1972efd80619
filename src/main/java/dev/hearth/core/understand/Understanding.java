package dev.hearth.core.understand;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the understand stage read from one message: emotion scores, the person's feelings,
 * topics and intents, the steps they plan, a clause of theirs turned toward them for reflecting back
 * ({@code echo}, empty when none fits), and a name they gave.
 */
public record Understanding(
        String cleanedText,
        EmotionScores emotions,
        List<FeelingMention> feelings,
        List<String> topics,
        Set<Intent> intents,
        List<PlannedStep> plans,
        String echo,
        Optional<String> name) {

    public Understanding {
        Objects.requireNonNull(cleanedText, "cleanedText");
        Objects.requireNonNull(emotions, "emotions");
        feelings = List.copyOf(feelings);
        topics = List.copyOf(topics);
        intents = Set.copyOf(intents);
        plans = List.copyOf(plans);
        echo = echo == null ? "" : echo;
        name = name == null ? Optional.empty() : name;
    }

    /** The feelings the person says they have (negated mentions left out), in order of mention. */
    public List<String> feelingNames() {
        return feelings.stream().filter(f -> !f.negated()).map(FeelingMention::feeling).toList();
    }

    /** True when the message carries this intent. */
    public boolean has(Intent intent) {
        return intents.contains(intent);
    }

    /** The strongest intensity among the feelings the person has, MODERATE when none. */
    public Intensity intensity() {
        return feelings.stream().filter(f -> !f.negated()).map(FeelingMention::intensity)
                .max(Enum::compareTo).orElse(Intensity.MODERATE);
    }
}
