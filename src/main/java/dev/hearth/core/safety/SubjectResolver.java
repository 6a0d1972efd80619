package dev.hearth.core.safety;

/**
 * Finds whose safety a match is about: the nearest subject before it in the sentence ("I", "she",
 * "my friend", "the character", "you"), the speaker of a quotation it stands in, or the possessive
 * inside it ("end my life"). It reads words, not grammar, so it errs towards the writer.
 */
final class SubjectResolver {

    /** Whose words, as far as the resolver can tell. */
    enum Who {
        /** The writer. */
        SELF,
        /** Someone in the writer's life: a friend, a sister, a partner. */
        OTHER_PERSON,
        /** A pronoun or "someone": a person in the writer's life unless the message is about a story or the news. */
        OTHER_VAGUE,
        /** The reader ("you"): advice, questions, insults; not a person at risk. */
        YOU,
        /** A character, a person in the news, people in general. */
        STRANGER,
        /** The subject is a word the lists do not know ("the printer is hopeless"). */
        UNKNOWN
    }

    /**
     * The resolved subject, and whether the match stood in a quotation nobody was named as saying
     * (a lyric or a line, if the message talks about songs or stories).
     */
    record Subject(Who who, boolean unattributedQuote) {
    }

    private static final int SPEECH_VERB_REACH = 4;

    private final ContextCues cues;

    SubjectResolver(ContextCues cues) {
        this.cues = cues;
    }

    /** The subject of the match spanning tokens {@code first..last} of a sentence. */
    Subject resolve(Sentence s, int first, int last) {
        if (mentionsReader(s, first, last)) {
            // "kill yourself", "off yourself": said to someone, never about the writer or a third person.
            return new Subject(Who.YOU, false);
        }
        Who own = ownSubject(s, first, last);
        int open = s.quoteOpen(first);
        if (open >= 0 && open < first) {
            Who inner = preferred(own, scan(s, first, open + 1), s, first, last);
            Who speaker = speakerOf(s, open, s.quoteClose(first));
            if (speaker == null) {
                return new Subject(inner, true);
            }
            // Writers quoting themselves ("I told her 'I want to die'") speak for themselves.
            return new Subject(speaker == Who.SELF ? inner : speaker, false);
        }
        return new Subject(preferred(own, scan(s, first, 0), s, first, last), false);
    }

    /**
     * The writer named inside the match wins ("they'll be happier when I'm dead"); otherwise the
     * subject before the match ("I'm writing to my family so they understand"), then the match's own.
     */
    private Who preferred(Who own, Who scanned, Sentence s, int first, int last) {
        if (own == Who.SELF || (own != null && scanned == null)) {
            return own;
        }
        return orFromMatch(scanned, s, first, last);
    }

    private boolean mentionsReader(Sentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            String t = s.token(i);
            if (cues.secondPerson().contains(t) && !cues.subjectPronoun().contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** A subject pronoun inside the match itself ("when I'm dead", "wishes he was never born"). */
    private Who ownSubject(Sentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (cues.subjectPronoun().contains(s.token(i))) {
                return classify(s.token(i));
            }
        }
        return null;
    }

    /**
     * Walks back from the match to the nearest word that names a subject. After a linking verb
     * ("is", "has") the next word back is the subject, known or not.
     */
    private Who scan(Sentence s, int first, int stop) {
        boolean afterLinking = cues.linking().contains(s.token(first));
        for (int i = first - 1; i >= stop; i--) {
            String t = s.token(i);
            if (afterLinking && cues.skip().contains(t)) {
                continue;
            }
            if (afterLinking && cues.coordinator().contains(t)) {
                afterLinking = false;
                continue;
            }
            Who who = classify(t);
            if (who == Who.OTHER_PERSON && i > 0 && cues.indefinite().contains(s.token(i - 1))) {
                // "a friend who is suicidal" may be anyone's friend: read it like a pronoun.
                return Who.OTHER_VAGUE;
            }
            if (who != null) {
                return who;
            }
            if (afterLinking) {
                if (cues.selfSituation().contains(t)) {
                    // "my life is …" is the writer's; "her life is …" is someone else's.
                    String owner = i > 0 ? cues.possessive().get(s.token(i - 1)) : null;
                    return owner == null ? Who.SELF : fromPossessive(owner);
                }
                return Who.UNKNOWN;
            }
            if (cues.linking().contains(t)) {
                afterLinking = true;
            }
        }
        return null;
    }

    private Who classify(String token) {
        if (cues.firstPerson().contains(token)) {
            return Who.SELF;
        }
        if (cues.secondPerson().contains(token)) {
            return Who.YOU;
        }
        if (cues.thirdPerson().contains(token)) {
            return Who.OTHER_VAGUE;
        }
        if (cues.relation().contains(token)) {
            return Who.OTHER_PERSON;
        }
        if (cues.generic().contains(token)) {
            return Who.STRANGER;
        }
        return null;
    }

    /** With no subject before it, the match's own pronouns decide ("end my life"); else the writer. */
    private Who orFromMatch(Who scanned, Sentence s, int first, int last) {
        if (scanned != null) {
            return scanned;
        }
        if (unknownNounBefore(s, first)) {
            return Who.UNKNOWN;
        }
        for (int i = first; i <= last; i++) {
            String t = s.token(i);
            String owner = cues.possessive().get(t);
            if (owner != null) {
                return fromPossessive(owner);
            }
            Who who = classify(t);
            if (who == Who.SELF || who == Who.OTHER_VAGUE || who == Who.YOU) {
                return who;
            }
        }
        return Who.SELF;
    }

    /** A determiner with a word after it before the match: "this comment needs to die". */
    private boolean unknownNounBefore(Sentence s, int first) {
        for (int i = first - 1; i >= 0 && !cues.scopeEnd().contains(s.token(i)); i--) {
            if (i < first - 1 && cues.determiner().contains(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    private static Who fromPossessive(String owner) {
        return switch (owner) {
            case "self" -> Who.SELF;
            case "you" -> Who.YOU;
            default -> Who.OTHER_VAGUE;
        };
    }

    /** Who is named as saying a quotation: "she said '…'", "'…' he texted"; null when nobody is. */
    private Who speakerOf(Sentence s, int open, int close) {
        for (int j = open - 1; j >= Math.max(0, open - SPEECH_VERB_REACH); j--) {
            if (cues.speech().contains(s.token(j))) {
                return scan(s, j, 0);
            }
        }
        if (close > open) {
            for (int j = close + 1; j < Math.min(s.size(), close + 1 + SPEECH_VERB_REACH); j++) {
                if (cues.speech().contains(s.token(j))) {
                    Who before = j - 1 > close ? classify(s.token(j - 1)) : null;
                    Who after = j + 1 < s.size() ? classify(s.token(j + 1)) : null;
                    return before != null ? before : after;
                }
            }
        }
        return null;
    }
}
