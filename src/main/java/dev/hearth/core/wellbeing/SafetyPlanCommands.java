package dev.hearth.core.wellbeing;

import dev.hearth.core.Analysis;
import dev.hearth.core.Button;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import dev.hearth.core.command.CommandHandler;
import dev.hearth.core.command.CommandOption;
import dev.hearth.core.command.CommandSpec;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.PhraseChooser;
import dev.hearth.core.safety.CrisisLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /safetyplan}: the person's own safety plan, after the Stanley-Brown structure
 * ({@link SafetyPlanStep}), built one step at a time in conversation. Each question is answered by the
 * person's next private message (after the safety layer: a step answer that is itself a crisis gets
 * crisis care, and the question is set aside), any step can be skipped, and any step changed later
 * ({@code /safetyplan edit 3}, or its button). The plan is shown on request and only in private: in a
 * shared channel Hearth says where to find it and shows nothing of it.
 *
 * <p>Buttons: {@link #START} (build or continue; shows the plan when every step is answered),
 * {@link #SKIP}, {@link #STOP}, and {@code safetyplan:edit:<n>}.
 */
public final class SafetyPlanCommands implements CommandHandler {
    /** Starts or continues the plan; offered after crisis care, once the person is safe. */
    public static final String START = "safetyplan:start";
    /** Skips the step being asked. */
    public static final String SKIP = "safetyplan:skip";
    /** Stops building for now; what was answered stays. */
    public static final String STOP = "safetyplan:stop";
    /** Prefix of the buttons that change one step, {@code safetyplan:edit:3}. */
    public static final String EDIT_PREFIX = "safetyplan:edit:";
    private static final String NAME = "safetyplan";

    private final SafetyPlanStore plans;
    private final AwaitedStore awaited;
    private final PersonStore people;
    private final PhraseBook book;

    public SafetyPlanCommands(SafetyPlanStore plans, AwaitedStore awaited, PersonStore people, PhraseBook book) {
        this.plans = plans;
        this.awaited = awaited;
        this.people = people;
        this.book = book;
    }

    /** The button that offers the plan, for replies after crisis care. */
    public static Button offerButton(PhraseChooser chooser) {
        return new Button(START, chooser.choose("button.safetyplan.offer"));
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(new CommandSpec(NAME, book.first("command.safetyplan", NAME),
                List.of(new CommandOption("step", book.first("command.safetyplan.option.step", "step"), false)),
                false));
    }

    @Override
    public Optional<TurnResult> command(String name, String args, Inbound inbound, PersonSnapshot snapshot,
                                        PhraseChooser chooser) {
        if (!name.equals(NAME)) {
            return Optional.empty();
        }
        if (!inbound.isPrivate()) {
            return Optional.of(result(Reply.text(chooser.choose("safetyplan.private_only")), snapshot));
        }
        String[] words = args.toLowerCase(Locale.ROOT).split("\\s+");
        if (words[0].equals("edit") || words[0].matches("\\d+")) {
            String number = words[0].equals("edit") ? (words.length > 1 ? words[1] : "") : words[0];
            Optional<SafetyPlanStep> step = number.matches("\\d{1,2}")
                    ? SafetyPlanStep.of(Long.parseLong(number)) : Optional.empty();
            return Optional.of(result(step.map(s -> ask(s, true, inbound, snapshot, chooser, List.of()))
                    .orElseGet(() -> Reply.text(chooser.choose("safetyplan.edit.which"))), snapshot));
        }
        if (words[0].equals("show")) {
            return Optional.of(result(show(inbound.user(), chooser, List.of()), snapshot));
        }
        return Optional.of(result(start(inbound, snapshot, chooser), snapshot));
    }

    @Override
    public Optional<TurnResult> action(String actionId, Inbound inbound, PersonSnapshot snapshot,
                                       PhraseChooser chooser) {
        if (!actionId.startsWith("safetyplan:")) {
            return Optional.empty();
        }
        if (!inbound.isPrivate()) {
            return Optional.of(result(Reply.text(chooser.choose("safetyplan.private_only")), snapshot));
        }
        Reply reply;
        if (actionId.equals(START)) {
            reply = start(inbound, snapshot, chooser);
        } else if (actionId.equals(STOP)) {
            awaited.clearAwaited(inbound.user());
            reply = Reply.text(chooser.choose("safetyplan.stopped"));
        } else if (actionId.equals(SKIP)) {
            reply = skip(inbound, snapshot, chooser);
        } else if (actionId.startsWith(EDIT_PREFIX)) {
            String number = actionId.substring(EDIT_PREFIX.length());
            reply = (number.matches("\\d") ? SafetyPlanStep.of(Long.parseLong(number)) : Optional.<SafetyPlanStep>empty())
                    .map(step -> ask(step, true, inbound, snapshot, chooser, List.of()))
                    .orElseGet(() -> Reply.text(chooser.choose("safetyplan.edit.which")));
        } else {
            reply = Reply.text(chooser.choose("safetyplan.edit.which"));
        }
        return Optional.of(result(reply, snapshot));
    }

    @Override
    public Optional<TurnResult> awaitedAnswer(Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        Optional<Awaited> open = awaited.awaited(inbound.user())
                .filter(a -> a.kind() == Awaited.Kind.SAFETY_PLAN)
                .filter(a -> a.isOpen(inbound.at(), snapshot.state().lastCrisisAt()));
        Optional<SafetyPlanStep> step = open.flatMap(a -> SafetyPlanStep.of(a.subject()));
        if (step.isEmpty()) {
            return Optional.empty();
        }
        plans.saveStep(inbound.user(), step.get().number(), inbound.text().strip(), inbound.at());
        List<String> before = List.of(chooser.choose("safetyplan.saved"));
        if (open.get().oneOnly()) {
            awaited.clearAwaited(inbound.user());
            return Optional.of(result(show(inbound.user(), chooser, before), snapshot));
        }
        return Optional.of(result(next(step.get().number(), inbound, snapshot, chooser, before), snapshot));
    }

    private Reply start(Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        Map<Integer, String> plan = plans.plan(inbound.user());
        if (plan.size() == SafetyPlanStep.values().length) {
            return show(inbound.user(), chooser, List.of());
        }
        List<String> before = new ArrayList<>(ensureStored(snapshot, inbound, chooser));
        before.add(chooser.choose(plan.isEmpty() ? "safetyplan.intro" : "safetyplan.continue"));
        return next(0, inbound, snapshot, chooser, before);
    }

    private Reply skip(Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        Optional<Awaited> open = awaited.awaited(inbound.user()).filter(a -> a.kind() == Awaited.Kind.SAFETY_PLAN);
        if (open.isEmpty()) {
            return start(inbound, snapshot, chooser);
        }
        List<String> before = List.of(chooser.choose("safetyplan.skipped"));
        if (open.get().oneOnly()) {
            awaited.clearAwaited(inbound.user());
            return show(inbound.user(), chooser, before);
        }
        return next((int) open.get().subject(), inbound, snapshot, chooser, before);
    }

    /** Asks the first unanswered step after {@code after}; when there is none, the plan is done. */
    private Reply next(int after, Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser, List<String> before) {
        Map<Integer, String> plan = plans.plan(inbound.user());
        for (SafetyPlanStep step : SafetyPlanStep.values()) {
            if (step.number() > after && !plan.containsKey(step.number())) {
                return ask(step, false, inbound, snapshot, chooser, before);
            }
        }
        awaited.clearAwaited(inbound.user());
        List<String> parts = new ArrayList<>(before);
        parts.add(chooser.choose("safetyplan.done"));
        return show(inbound.user(), chooser, parts);
    }

    private Reply ask(SafetyPlanStep step, boolean oneOnly, Inbound inbound, PersonSnapshot snapshot,
                      PhraseChooser chooser, List<String> before) {
        List<String> parts = new ArrayList<>(before);
        if (parts.isEmpty()) {
            parts.addAll(ensureStored(snapshot, inbound, chooser));
        }
        awaited.await(inbound.user(), new Awaited(Awaited.Kind.SAFETY_PLAN, step.number(), oneOnly, inbound.at()));
        String progress = chooser.choose("safetyplan.progress", Map.of("number", String.valueOf(step.number()),
                "label", book.first(step.titleKey(), "")));
        String current = plans.plan(inbound.user()).get(step.number());
        parts.add(progress + " " + chooser.choose(step.askKey()));
        if (oneOnly && current != null) {
            parts.add(chooser.choose("safetyplan.current", Map.of("echo", current)));
        }
        List<Button> buttons = new ArrayList<>();
        buttons.add(new Button(SKIP, chooser.choose(oneOnly ? "button.safetyplan.keep" : "button.safetyplan.skip")));
        if (!oneOnly) {
            buttons.add(new Button(STOP, chooser.choose("button.safetyplan.stop")));
        }
        return Reply.text(parts).withButtons(buttons);
    }

    /** The whole plan in the person's words, with a button to change each step. */
    private Reply show(UserRef user, PhraseChooser chooser, List<String> before) {
        Map<Integer, String> plan = plans.plan(user);
        List<String> parts = new ArrayList<>(before);
        if (plan.isEmpty()) {
            parts.add(chooser.choose("safetyplan.empty"));
            return Reply.text(parts).withButtons(List.of(new Button(START, chooser.choose("button.safetyplan.start"))));
        }
        List<String> lines = new ArrayList<>();
        lines.add(chooser.choose("safetyplan.header"));
        List<Button> buttons = new ArrayList<>();
        for (SafetyPlanStep step : SafetyPlanStep.values()) {
            String answer = plan.get(step.number());
            lines.add(step.number() + ". " + book.first(step.titleKey(), "") + ": "
                    + (answer == null ? book.first("safetyplan.unanswered", "-") : answer));
            // One fixed label per step (a chooser would not give the same phrase seven times in one reply).
            buttons.add(new Button(EDIT_PREFIX + step.number(), book.first("button.safetyplan.edit", "{number}")
                    .replace("{number}", String.valueOf(step.number()))));
        }
        parts.add(String.join("\n", lines));
        parts.add(chooser.choose("safetyplan.footer"));
        if (plan.size() < SafetyPlanStep.values().length) {
            buttons.add(0, new Button(START, chooser.choose("button.safetyplan.continue")));
        }
        return Reply.text(parts).withButtons(buttons);
    }

    /** Stores a newcomer whose first act is /safetyplan (the plan's rows need them) and says what Hearth is. */
    private List<String> ensureStored(PersonSnapshot snapshot, Inbound inbound, PhraseChooser chooser) {
        if (!snapshot.isNew()) {
            return List.of();
        }
        people.record(new TurnRecord(snapshot.person().seenAt(inbound.at()),
                snapshot.state().toBuilder().lastDisclosureAt(inbound.at()).build(), List.of(), List.of(),
                CrisisLevel.NONE));
        return List.of(chooser.choose("checkin.disclose.first"));
    }

    private static TurnResult result(Reply reply, PersonSnapshot snapshot) {
        return new TurnResult(List.of(reply), Analysis.empty(snapshot.state().stage()));
    }
}
