package dev.hearth.core.respond;

import dev.hearth.core.person.Person;
import dev.hearth.core.safety.CrisisAssessment;
import java.util.List;
import java.util.Locale;

/**
 * Writes the safety layer's replies: crisis care (warm, direct, asks about safety, gives the person's
 * local resources, stays in the conversation), the gentle turns after it, and the public line that
 * moves care out of a shared channel.
 */
public interface CrisisResponder {
    /** The private reply parts for a message assessed as concern or acute. */
    List<String> care(CrisisAssessment assessment, Person person, Locale platformLocale, PhraseChooser chooser);

    /**
     * A gentle reply for the turns after a crisis, when the person's message is not itself a crisis:
     * no suggestions, a soft check on how they are; after a denial ("I'm fine, forget it"), care that
     * does not argue and keeps the door open.
     */
    List<String> afterCare(boolean denial, Person person, Locale platformLocale, PhraseChooser chooser);

    /** A short, kind public reply that says nothing about the person and moves care to a private chat. */
    String publicRedirect(PhraseChooser chooser);
}
