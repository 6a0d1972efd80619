package dev.hearth.core;

import dev.hearth.core.person.DialogueState;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.person.StoredMessage;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.respond.CrisisResponder;
import dev.hearth.core.respond.Stage;
import dev.hearth.core.respond.Strategy;
import dev.hearth.core.respond.TurnPhraseChooser;
import dev.hearth.core.safety.CrisisAssessment;
import dev.hearth.core.support.SupportOffer;
import dev.hearth.core.understand.Intent;
import dev.hearth.core.understand.Understanding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A crisis turn: warm, direct care in private (and, in a shared channel, a short public line that
 * says nothing about the person and points everyone to /crisis), recorded as level and time only.
 * Care is given whether or not the store can record it. In a shared channel of a server with a support
 * team, the private care is followed by the offer to tell that team ({@link SupportOffer}); never in public.
 */
final class CrisisTurn {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CrisisTurn.class);

    private final PersonStore store;
    private final CrisisResponder crisisResponder;
    private final PrivateChatLinks privateLinks;
    private final EngineSettings settings;
    private final SupportOffer supportOffer;

    CrisisTurn(PersonStore store, CrisisResponder crisisResponder, PrivateChatLinks privateLinks,
               EngineSettings settings, SupportOffer supportOffer) {
        this.store = store;
        this.crisisResponder = crisisResponder;
        this.privateLinks = privateLinks;
        this.settings = settings;
        this.supportOffer = supportOffer;
    }

    /** Care for a message (or a trend) at concern or acute: the reply, the record, the analysis. */
    TurnResult handle(Inbound inbound, PersonSnapshot snapshot, CrisisAssessment crisis,
                                  TurnPhraseChooser chooser, Understanding said, List<LocalDate> hopelessDays) {
        Instant now = inbound.at();
        List<String> care = new ArrayList<>(crisisResponder.care(crisis, snapshot.person(), inbound.locale(), chooser));
        boolean firstContact = snapshot.isNew() || snapshot.state().turns() == 0;
        if (firstContact && chooser.usedIds().stream().noneMatch(id -> id.startsWith("crisis.identity#"))) {
            // Acute care says what Hearth is; softer care must too when it is the first thing said.
            care.add(chooser.choose("crisis.identity"));
        }
        List<Reply> replies = new ArrayList<>();
        if (!inbound.isPrivate()) {
            // The private message may not arrive (closed DMs, a Telegram chat never opened), so the public
            // line also says where anyone finds urgent help, and links to a private chat where it must.
            String redirect = crisisResponder.publicRedirect(chooser);
            String link = privateLinks.linkFor(inbound.user().platform()).orElse("");
            replies.add(Reply.text(redirect + (link.isEmpty() ? "" : " " + link) + " "
                    + chooser.choose("crisis.public.pointer")).asPublic());
        }
        // At concern, for someone anxious or panicking: breathing and grounding offered beside the care.
        boolean calming = crisis.level() == dev.hearth.core.safety.CrisisLevel.CONCERN
                && dev.hearth.core.wellbeing.CalmingOffer.fits(said);
        replies.add(Reply.text(care).withButtons(calming
                ? dev.hearth.core.wellbeing.CalmingOffer.buttons(chooser) : List.of()));
        DialogueState state = snapshot.state();
        DialogueState next = state.toBuilder()
                .stage(Stage.CRISIS)
                .turns(state.turns() + 1)
                .stageTurns(state.stage() == Stage.CRISIS ? state.stageTurns() + 1 : 1)
                .recentPhrases(DialogueUpdates.recentPhrases(state, chooser.usedIds()))
                .lastSuggestion("")
                .lastCrisis(crisis.level())
                .lastCrisisAt(now)
                .lastDisclosureAt(firstContact ? now : state.lastDisclosureAt())
                .hopelessDays(hopelessDays)
                .build();
        String cleaned = inbound.text().length() > settings.maxMessageLength()
                ? inbound.text().substring(0, settings.maxMessageLength()) : inbound.text();
        List<StoredMessage> messages = List.of(
                new StoredMessage(StoredMessage.PERSON, cleaned, now),
                new StoredMessage(StoredMessage.HEARTH, String.join("\n\n", care), now));
        try {
            store.record(new TurnRecord(snapshot.person().seenAt(now).withLocale(inbound.localeTagOr(snapshot.person().locale())),
                    next, messages, List.of(), crisis.level()));
        } catch (RuntimeException e) {
            // Care is given whether or not it could be recorded.
            LOG.warn("A crisis turn could not be recorded ({})", e.getClass().getName());
        }
        if (!inbound.isPrivate()) {
            // After the record, so the offer can name a stored person; private, after the care itself.
            supportOffer.offer(inbound, chooser).ifPresent(replies::add);
        }
        Analysis analysis = new Analysis(said.emotions(), said.feelingNames(), said.topics(),
                said.intents().stream().map(Intent::wireName).sorted().toList(), crisis.level(), Stage.CRISIS,
                List.of(Strategy.REFLECTION_OF_FEELINGS, Strategy.QUESTION, Strategy.INFORMATION), List.of());
        return new TurnResult(replies, analysis);
    }

}
