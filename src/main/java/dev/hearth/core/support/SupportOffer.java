package dev.hearth.core.support;

import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.respond.PhraseChooser;
import java.util.Optional;

/**
 * What crisis care asks of the support feature: the private offer to tell the server's support team, for a
 * crisis said in a shared channel, when there is one to make. Never throws; care never waits on it.
 */
@FunctionalInterface
public interface SupportOffer {
    /** No support teams anywhere: for tools and engines built without the feature. */
    SupportOffer NONE = (inbound, chooser) -> Optional.empty();

    /** The private reply with the question and its two buttons, or empty when nothing is to be offered. */
    Optional<Reply> offer(Inbound inbound, PhraseChooser chooser);
}
