package dev.hearth.core;

import dev.hearth.core.command.CommandRouter;
import dev.hearth.core.command.CrisisLines;
import dev.hearth.core.guard.GuardVerdict;
import dev.hearth.core.guard.MessageGuard;
import dev.hearth.core.person.DialogueState;
import dev.hearth.core.reading.LastReply;
import dev.hearth.core.reading.Reader;
import dev.hearth.core.reading.Reading;
import dev.hearth.core.person.Person;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.person.StoredMessage;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.respond.ComposedReply;
import dev.hearth.core.respond.Composer;
import dev.hearth.core.respond.CrisisResponder;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.PlanningContext;
import dev.hearth.core.respond.Realised;
import dev.hearth.core.respond.Realiser;
import dev.hearth.core.respond.RealiserInput;
import dev.hearth.core.respond.ReplyContext;
import dev.hearth.core.respond.Stage;
import dev.hearth.core.respond.StagePlanner;
import dev.hearth.core.respond.Strategy;
import dev.hearth.core.respond.TurnPhraseChooser;
import dev.hearth.core.respond.TurnPlan;
import dev.hearth.core.safety.CrisisAssessment;
import dev.hearth.core.safety.CrisisDetector;
import dev.hearth.core.safety.CountryFinder;
import dev.hearth.core.safety.CrisisLevel;
import dev.hearth.core.safety.LowMoodStreak;
import dev.hearth.core.safety.TrendRule;
import dev.hearth.core.support.SupportOffer;
import dev.hearth.core.understand.Goal;
import dev.hearth.core.understand.GoalScheduler;
import dev.hearth.core.understand.Intent;
import dev.hearth.core.understand.PlannedStep;
import dev.hearth.core.understand.Understanding;
import dev.hearth.core.wellbeing.CalmingOffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hearth's conversation engine: the core turn pipeline behind {@link Conversations}. Every message
 * passes the safety layer first, whatever else happens; then the guard (length, readability, rate),
 * commands and buttons, and for conversation: understand, plan, compose, and record, the last in one
 * store transaction. Turns of one person run one at a time.
 */
public final class TurnEngine implements Conversations {
    private static final int LOCK_STRIPES = 64;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TurnEngine.class);

    private final PersonStore store;
    private final CrisisDetector crisisDetector;
    private final CrisisResponder crisisResponder;
    private final MessageGuard guard;
    private final Reader reader;
    private final StagePlanner planner;
    private final Composer composer;
    private final PhraseBook phrases;
    private final CommandRouter commands;
    private final GoalScheduler goalScheduler;
    private final PrivateChatLinks privateLinks;
    private final CountryFinder countries;
    private final TrendRule trendRule = new TrendRule();
    private final LowMoodStreak lowMoods;
    private final CrisisLines crisisLines;
    private final EngineSettings settings;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];
    private final CrisisTurn crisisTurn;
    private final CrisisAnswers crisisAnswers;
    private final Realiser realiser;

    public TurnEngine(PersonStore store, CrisisDetector crisisDetector, CrisisResponder crisisResponder,
                      MessageGuard guard, Reader reader, StagePlanner planner, Composer composer,
                      PhraseBook phrases, CommandRouter commands, GoalScheduler goalScheduler,
                      PrivateChatLinks privateLinks, CountryFinder countries, CrisisLines crisisLines,
                      LowMoodStreak lowMoods, EngineSettings settings) {
        this(store, crisisDetector, crisisResponder, guard, reader, planner, composer, phrases, commands,
                goalScheduler, privateLinks, countries, crisisLines, lowMoods, settings, SupportOffer.NONE);
    }

    /** @param supportOffer asks, after crisis care in a server with a support team, whether to tell the team */
    public TurnEngine(PersonStore store, CrisisDetector crisisDetector, CrisisResponder crisisResponder,
                      MessageGuard guard, Reader reader, StagePlanner planner, Composer composer,
                      PhraseBook phrases, CommandRouter commands, GoalScheduler goalScheduler,
                      PrivateChatLinks privateLinks, CountryFinder countries, CrisisLines crisisLines,
                      LowMoodStreak lowMoods, EngineSettings settings, SupportOffer supportOffer) {
        this(store, crisisDetector, crisisResponder, guard, reader, planner, composer, phrases, commands,
                goalScheduler, privateLinks, countries, crisisLines, lowMoods, settings, supportOffer,
                Realiser.EMBEDDED_ONLY);
    }

    /**
     * @param supportOffer asks, after crisis care in a server with a support team, whether to tell the team
     * @param realiser     phrases the composed reply: the embedded one as it is, or an optional model's
     *                     (checked, with the embedded reply as the fallback); crisis care never reaches it
     */
    public TurnEngine(PersonStore store, CrisisDetector crisisDetector, CrisisResponder crisisResponder,
                      MessageGuard guard, Reader reader, StagePlanner planner, Composer composer,
                      PhraseBook phrases, CommandRouter commands, GoalScheduler goalScheduler,
                      PrivateChatLinks privateLinks, CountryFinder countries, CrisisLines crisisLines,
                      LowMoodStreak lowMoods, EngineSettings settings, SupportOffer supportOffer,
                      Realiser realiser) {
        this.realiser = realiser;
        this.store = store;
        this.crisisDetector = crisisDetector;
        this.crisisResponder = crisisResponder;
        this.guard = guard;
        this.reader = reader;
        this.planner = planner;
        this.composer = composer;
        this.phrases = phrases;
        this.commands = commands;
        this.goalScheduler = goalScheduler;
        this.privateLinks = privateLinks;
        this.countries = countries;
        this.crisisLines = crisisLines;
        this.lowMoods = lowMoods;
        this.settings = settings;
        this.crisisAnswers = new CrisisAnswers();
        this.crisisTurn = new CrisisTurn(store, crisisResponder, privateLinks, settings, supportOffer);
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    @Override
    public TurnResult handle(Inbound inbound) {
        ReentrantLock lock = locks[Math.floorMod(inbound.user().key().hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            return turn(inbound);
        } catch (RuntimeException e) {
            return failedTurn(inbound, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Something broke (the store, most likely). The person still gets a calm reply, and if their
     * message showed risk, crisis care with the international lines: safety never depends on storage.
     */
    private TurnResult failedTurn(Inbound inbound, RuntimeException e) {
        // The exception's class only: a database message can quote what the person wrote.
        LOG.warn("A turn failed ({}); the person got a calm reply", e.getClass().getName());
        LOG.debug("Turn failure", e);
        TurnPhraseChooser chooser = new TurnPhraseChooser(phrases, Set.of(), inbound.at().toEpochMilli());
        CrisisAssessment crisis = CrisisAssessment.none();
        try {
            crisis = inbound.text().isBlank() ? crisis : crisisDetector.assess(inbound.text());
        } catch (RuntimeException ignored) {
            // The detector never throws; if it ever did, the calm reply below still goes out.
        }
        Person someone = Person.newcomer(inbound.user(), settings.defaultZone(), inbound.at());
        List<String> parts = crisis.isCrisis()
                ? crisisResponder.care(crisis, someone, inbound.locale(), chooser)
                : List.of(chooser.choose("system.error"));
        Analysis analysis = Analysis.empty(crisis.isCrisis() ? Stage.CRISIS : Stage.EXPLORATION);
        return new TurnResult(List.of(Reply.text(parts)), new Analysis(analysis.emotions(), List.of(), List.of(),
                List.of(), crisis.level(), analysis.stage(), List.of(), List.of()));
    }

    private TurnResult turn(Inbound inbound) {
        Instant now = inbound.at();
        PersonSnapshot snapshot = store.load(inbound.user(), settings.defaultZone(), now);
        TurnPhraseChooser chooser = chooserFor(snapshot);
        // Read once, safety first: the reading's crisis assessment is made before anything else decides.
        boolean command = inbound.action().isPresent() || CommandRouter.isCommand(inbound.text());
        Reading reading = command ? reader.readCommand(inbound.text())
                : reader.read(inbound.text(), lastReply(snapshot.state()));
        // A short answer is read against the question crisis care just asked ("no" to "are you safe?").
        CrisisAssessment crisis = crisisAnswers.reread(reading.crisis(), snapshot.state(), now, inbound.text());
        reading = reading.withCrisis(crisis);
        if (crisis.isCrisis()) {
            LocalDate today = inbound.at().atZone(snapshot.person().zone()).toLocalDate();
            Understanding said = reading.said();
            return crisisTurn.handle(inbound, snapshot, crisis, chooser, said,
                    DialogueUpdates.hopelessDays(snapshot.state(), said, today));
        }
        if (inbound.action().isPresent()) {
            var answered = commands.handleAction(inbound, snapshot, chooser);
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        if (CommandRouter.isCommand(inbound.text())) {
            return commands.handle(inbound, snapshot, chooser);
        }
        GuardVerdict verdict = guard.check(inbound.user().key(), inbound.text(), now);
        if (verdict != GuardVerdict.OK) {
            return limitReply(verdict, snapshot, chooser);
        }
        // The answer to a question a feature asked (a note after a check-in, a safety plan step); after
        // the safety layer, which found no crisis in it.
        Optional<TurnResult> awaited = commands.handleAwaited(inbound, snapshot, chooser);
        if (awaited.isPresent()) {
            return awaited.get();
        }
        TurnResult conversation = conversationTurn(inbound, snapshot, chooser, reading);
        if (inbound.isPrivate()) {
            return conversation;
        }
        // In a shared channel: a short public line, and the conversation itself in private.
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(publicInvitation(inbound, chooser)).asPublic());
        replies.addAll(conversation.replies());
        return new TurnResult(replies, conversation.analysis());
    }

    private TurnResult conversationTurn(Inbound inbound, PersonSnapshot snapshot, TurnPhraseChooser chooser,
                                        Reading reading) {
        Instant now = inbound.at();
        DialogueState state = snapshot.state();
        Person person = snapshot.person();
        Understanding u = reading.said();
        List<LocalDate> hopelessDays = DialogueUpdates.hopelessDays(state, u, now.atZone(person.zone()).toLocalDate());
        CrisisAssessment trend = trendRule.assess(hopelessDays, lowMoods.holds(person.user()), state.lastCrisisAt(),
                now.atZone(person.zone()).toLocalDate(), now);
        if (trend.isCrisis()) {
            return crisisTurn.handle(inbound, snapshot, trend, chooser, u, hopelessDays);
        }
        Optional<String> country = reading.country();
        if (country.isPresent() && !country.get().equals(person.country())) {
            person = person.withCountry(country.get());
        }
        boolean returning = state.turns() > 0
                && Duration.between(person.lastSeenAt(), now).compareTo(settings.returnGap()) >= 0;
        Instant sessionStart = returning ? now : state.sessionStartedAt();
        Instant disclosedOrStarted = state.lastDisclosureAt().isAfter(sessionStart) ? state.lastDisclosureAt() : sessionStart;
        boolean disclosureDue = state.turns() > 0
                && Duration.between(disclosedOrStarted, now).compareTo(settings.disclosureInterval()) >= 0;
        boolean inCrisisCare = state.lastCrisis() != CrisisLevel.NONE
                && Duration.between(state.lastCrisisAt(), now).compareTo(settings.crisisCareWindow()) < 0;

        List<Goal> newGoals = new ArrayList<>();
        for (PlannedStep step : u.plans()) {
            newGoals.add(new Goal(step.text(), step.cadence(),
                    goalScheduler.followUpAt(step.cadence(), now, person.zone())));
        }
        boolean hasActiveGoals = snapshot.goals().stream().anyMatch(g -> g.isActive());
        // Someone stored by a button or a check-in command has still not had a first conversation.
        boolean firstContact = snapshot.isNew() || state.turns() == 0;
        TurnPlan plan = planner.plan(new PlanningContext(u, state, firstContact, returning, disclosureDue,
                hasActiveGoals, reading.act(), reading.questionKind()));
        if (inCrisisCare) {
            plan = planner.gentle(plan);
        }
        String name = u.name().orElse(person.name());
        ComposedReply composed;
        Stage stage = plan.stage();
        boolean denial = reading.brushOff() || (u.has(Intent.DECLINING) && u.cleanedText().split("\\s+").length <= 8);
        boolean saysLittle = u.topics().isEmpty() && u.feelingNames().isEmpty() && u.echo().isEmpty();
        if (inCrisisCare && country.isPresent() && !country.get().equals(snapshot.person().country())) {
            // They told us where they are, as crisis care asked: give the lines for that country.
            String lines = crisisLines.describe(person, inbound.locale());
            composed = new ComposedReply(List.of(chooser.choose("crisis.country_lines", Map.of("crisis_lines", lines))),
                    List.of(Strategy.INFORMATION, Strategy.QUESTION), chooser.usedIds(), "");
            stage = Stage.COMFORTING;
        } else if (inCrisisCare && (denial || (state.stage() == Stage.CRISIS && saysLittle))
                && !u.has(Intent.STATING_PLAN) && !u.has(Intent.GOODBYE) && !u.has(Intent.THANKS)) {
            // Right after crisis care: a brush-off or a few words get care that stays, not a new topic.
            List<String> parts = crisisResponder.afterCare(denial, person, inbound.locale(), chooser);
            composed = new ComposedReply(parts, List.of(Strategy.REFLECTION_OF_FEELINGS, Strategy.QUESTION),
                    chooser.usedIds(), "");
            stage = Stage.COMFORTING;
        } else {
            Set<String> excluded = new HashSet<>(state.declinedSuggestions());
            if (plan.declinedLastSuggestion()) {
                excluded.add(state.lastSuggestion());
            }
            composed = composer.compose(plan, new ReplyContext(u, state, name, snapshot.goals(), newGoals,
                    firstContact, now, reading.questionKind(), avoidedWording(reading, state)), chooser, excluded);
        }

        // The plan's hook for anxiety or panic: breathing and grounding offered as buttons, not forced.
        List<Button> offer = List.of();
        if (stage != Stage.CRISIS && CalmingOffer.fits(u) && !CalmingOffer.offeredRecently(state)) {
            offer = CalmingOffer.buttons(chooser);
            composed = new ComposedReply(composed.parts(), composed.strategies(),
                    CalmingOffer.marked(composed.phraseIds()), composed.suggestionId());
        }

        // Realise: the embedded reply, or an optional model's phrasing of it, checked (never in crisis care).
        Realised realised = realiser.realise(realiserInput(inbound, snapshot, u, stage, composed, name, newGoals,
                inCrisisCare));

        DialogueState next = DialogueUpdates.nextState(state, stage, u, plan, composed, now, sessionStart,
                composed.phraseIds().stream().anyMatch(id -> id.startsWith("disclose.")))
                .toBuilder().hopelessDays(hopelessDays).flow(nextFlow(state, reading)).build();
        Person updated = person.seenAt(now).withLocale(inbound.localeTagOr(person.locale()));
        if (u.name().isPresent()) {
            updated = updated.withName(u.name().get());
        }
        List<StoredMessage> messages = new ArrayList<>();
        messages.add(new StoredMessage(StoredMessage.PERSON, u.cleanedText(), now));
        messages.add(new StoredMessage(StoredMessage.HEARTH, String.join("\n\n", realised.parts()), now));
        store.record(new TurnRecord(updated, next, messages, newGoals, CrisisLevel.NONE));

        Analysis analysis = new Analysis(u.emotions(), u.feelingNames(), u.topics(),
                intentNames(reading), CrisisLevel.NONE, stage,
                composed.strategies(), newGoals).realisedBy(realised.realiser(), realised.modelFault())
                .withAct(reading.act().wireName());
        return new TurnResult(List.of(Reply.text(realised.parts()).withButtons(offer)), analysis);
    }

    private static RealiserInput realiserInput(Inbound inbound, PersonSnapshot snapshot, Understanding u, Stage stage,
                                               ComposedReply composed, String name, List<Goal> newGoals,
                                               boolean inCrisisCare) {
        List<String> topics = new ArrayList<>(new LinkedHashSet<>(
                java.util.stream.Stream.concat(u.topics().stream(), snapshot.state().topics().stream()).toList()));
        List<String> goals = new ArrayList<>();
        newGoals.forEach(g -> goals.add(g.text()));
        snapshot.goals().stream().filter(g -> g.isActive()).forEach(g -> goals.add(g.text()));
        return new RealiserInput(inbound.user(), stage, composed, u.cleanedText(), name, topics, goals, inCrisisCare,
                snapshot.state().lastCrisisAt(), inbound.at());
    }


    private TurnResult limitReply(GuardVerdict verdict, PersonSnapshot snapshot, TurnPhraseChooser chooser) {
        String key = "guard." + verdict.name().toLowerCase();
        String text = chooser.choose(key, Map.of("max", String.format("%,d", settings.maxMessageLength())));
        return new TurnResult(List.of(Reply.text(text)), Analysis.empty(snapshot.state().stage()));
    }

    private String publicInvitation(Inbound inbound, TurnPhraseChooser chooser) {
        return privateLinks.linkFor(inbound.user().platform())
                .map(link -> chooser.choose("public.mention.link", Map.of("link", link)))
                .orElseGet(() -> chooser.choose("public.mention"));
    }




    /** replay's contract: the dialogue act's name first, then the understand stage's intents. */
    private static List<String> intentNames(Reading reading) {
        List<String> names = new ArrayList<>();
        names.add(reading.act().wireName());
        reading.said().intents().stream().map(Intent::wireName).sorted().filter(n -> !names.contains(n))
                .forEach(names::add);
        return names;
    }

    /** Turns Hearth keeps its phrasing plain after a complaint. */
    private static final int PLAIN_TURNS = 5;

    /** The wording the person asked Hearth to stop using: named now, or earlier in this conversation. */
    private static String avoidedWording(Reading reading, DialogueState state) {
        return reading.namedPhrasing().isEmpty() ? state.flow().avoid() : reading.namedPhrasing();
    }

    private static dev.hearth.core.person.ConversationFlow nextFlow(DialogueState state, Reading reading) {
        var flow = state.flow();
        boolean complaint = reading.is(dev.hearth.core.reading.DialogueAct.COMPLAINT);
        return new dev.hearth.core.person.ConversationFlow(
                reading.is(dev.hearth.core.reading.DialogueAct.SHORT_ANSWER) ? flow.shortAnswers() + 1 : 0,
                reading.said().topics(), reading.act().wireName(),
                complaint ? state.turns() + 1 + PLAIN_TURNS : flow.plainUntil(), avoidedWording(reading, state));
    }

    /** What Hearth's previous reply did, from the phrase ids stored with the last turn. */
    private static LastReply lastReply(DialogueState state) {
        if (state.turns() == 0) {
            return LastReply.none();
        }
        String prefix = state.turns() + "|";
        List<String> ids = state.recentPhrases().stream().filter(e -> e.startsWith(prefix))
                .map(e -> e.substring(prefix.length())).toList();
        return ids.isEmpty() ? LastReply.none() : LastReply.fromPhraseIds(ids);
    }

    private TurnPhraseChooser chooserFor(PersonSnapshot snapshot) {
        Set<String> recent = new LinkedHashSet<>();
        for (String entry : snapshot.state().recentPhrases()) {
            int bar = entry.indexOf('|');
            recent.add(bar >= 0 ? entry.substring(bar + 1) : entry);
        }
        // Person and turn make a replay repeatable; the time keeps command and button replies varied too.
        long seed = snapshot.person().user().key().hashCode() * 31L + snapshot.state().turns()
                + snapshot.person().lastSeenAt().getEpochSecond();
        return new TurnPhraseChooser(phrases, recent, seed);
    }

}
