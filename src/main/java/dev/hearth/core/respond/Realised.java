package dev.hearth.core.respond;

import java.util.List;
import java.util.Objects;

/**
 * A realised reply: the parts to send, which realiser produced them ({@link Realiser#EMBEDDED} or
 * {@link Realiser#MODEL}), and, when a model was asked but its reply was not used, why (for example
 * {@code timeout} or {@code claims-human}); empty otherwise.
 */
public record Realised(List<String> parts, String realiser, String modelFault) {
    public Realised {
        parts = List.copyOf(parts);
        Objects.requireNonNull(realiser, "realiser");
        modelFault = modelFault == null ? "" : modelFault;
    }

    /** The composer's reply, as it is. */
    public static Realised embedded(ComposedReply composed) {
        return new Realised(composed.parts(), Realiser.EMBEDDED, "");
    }

    /** The composer's reply, sent because the model's was not usable for the given reason. */
    public static Realised fallback(ComposedReply composed, String fault) {
        return new Realised(composed.parts(), Realiser.EMBEDDED, fault);
    }
}
