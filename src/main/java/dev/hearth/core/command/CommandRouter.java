package dev.hearth.core.command;

import dev.hearth.core.Analysis;
import dev.hearth.core.Attachment;
import dev.hearth.core.Button;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.person.StoredGoal;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.PhraseChooser;
import dev.hearth.core.respond.Stage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The commands every platform shares, defined once: their specs (names, descriptions from
 * {@code phrases/en/commands.yaml}, options) and what each does. Adapters render the specs as menus or
 * slash commands and send the command text through {@code Conversations}; this class answers.
 */
public final class CommandRouter implements CommandCatalog {
    /** Button id that confirms {@code /forget}. */
    public static final String FORGET_CONFIRM = "forget:confirm";
    /** Button id that cancels {@code /forget}. */
    public static final String FORGET_CANCEL = "forget:cancel";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final PhraseBook book;
    private final PersonStore store;
    private final CrisisLines crisisLines;
    private final List<CommandSpec> specs;
    private final List<CommandHandler> handlers;

    /**
     * @param handlers features' own commands; a handler's spec replaces the core spec of the same name
     */
    public CommandRouter(PhraseBook book, PersonStore store, CrisisLines crisisLines, Set<CommandHandler> handlers) {
        this.book = book;
        this.store = store;
        this.crisisLines = crisisLines;
        this.handlers = List.copyOf(handlers);
        Map<String, CommandSpec> byName = new LinkedHashMap<>();
        for (CommandSpec core : List.of(
                spec("start", false), spec("talk", false), spec("help", false), spec("checkin", false),
                spec("mood", false), spec("goals", false), spec("reminders", false), spec("pause", false),
                spec("resume", false), spec("export", false), spec("forget", false), spec("crisis", false))) {
            byName.put(core.name(), core);
        }
        for (CommandHandler handler : this.handlers) {
            handler.specs().forEach(spec -> byName.put(spec.name(), spec));
        }
        this.specs = List.copyOf(byName.values());
    }

    private CommandSpec spec(String name, boolean adminOnly) {
        String description = book.first("command." + name, name);
        return new CommandSpec(name, description, List.of(), adminOnly);
    }

    @Override
    public List<CommandSpec> all() {
        return specs;
    }

    /** True when the text is a command ("/goals", "/start talk", "/help@HearthBot"). */
    public static boolean isCommand(String text) {
        return text != null && text.strip().startsWith("/") && text.strip().length() > 1;
    }

    /** The command's name from its text, lower case, hyphens for underscores, without a @bot suffix. */
    public static String commandName(String text) {
        String first = text.strip().substring(1).split("\\s+", 2)[0];
        int at = first.indexOf('@');
        if (at >= 0) {
            first = first.substring(0, at);
        }
        return first.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Answers a command; an unknown one gets a pointer to /help. */
    public TurnResult handle(Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        String name = commandName(inbound.text());
        String[] split = inbound.text().strip().split("\\s+", 2);
        String args = split.length > 1 ? split[1].strip() : "";
        Optional<CommandSpec> spec = find(name);
        if (spec.isPresent() && spec.get().adminOnly() && !inbound.fromAdmin()) {
            return new TurnResult(List.of(Reply.text(chooser.choose("command.admin_only"))),
                    Analysis.empty(snapshot.state().stage()));
        }
        for (CommandHandler handler : handlers) {
            Optional<TurnResult> answered = handler.command(name, args, inbound, snapshot, chooser);
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        Map<String, String> slots = Map.of("crisis_lines",
                crisisLines.describe(snapshot.person(), inbound.locale()), "help_list", helpList(chooser));
        Reply reply = switch (name) {
            case "start", "talk" -> Reply.text(chooser.choose("command.start.reply", slots),
                    chooser.choose("command.start.ask"));
            case "help" -> Reply.text(chooser.choose("command.help.reply", slots));
            case "crisis" -> Reply.text(chooser.choose("command.crisis.reply", slots));
            case "goals" -> Reply.text(goalsText(snapshot, chooser));
            case "pause" -> {
                store.setPaused(inbound.user(), true);
                yield Reply.text(chooser.choose("command.pause.reply"));
            }
            case "resume" -> {
                store.setPaused(inbound.user(), false);
                yield Reply.text(chooser.choose("command.resume.reply"));
            }
            case "forget" -> Reply.text(chooser.choose("command.forget.ask")).withButtons(List.of(
                    new Button(FORGET_CONFIRM, chooser.choose("button.forget.confirm")),
                    new Button(FORGET_CANCEL, chooser.choose("button.forget.cancel"))));
            case "export" -> Reply.text(chooser.choose("command.export.reply")).withAttachments(List.of(
                    new Attachment("hearth-export.json", "application/json", store.exportJson(inbound.user()))));
            case "checkin", "mood", "reminders" -> Reply.text(chooser.choose("command.coming." + name));
            default -> Reply.text(chooser.choose("command.unknown", slots));
        };
        return new TurnResult(List.of(reply), Analysis.empty(snapshot.state().stage()));
    }

    /** Answers a button press; empty when the button is not a command's. */
    public Optional<TurnResult> handleAction(Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        String action = inbound.action().orElse("");
        Reply reply;
        if (action.equals(FORGET_CONFIRM)) {
            store.forget(inbound.user());
            reply = Reply.text(chooser.choose("command.forget.done"));
        } else if (action.equals(FORGET_CANCEL)) {
            reply = Reply.text(chooser.choose("command.forget.cancelled"));
        } else {
            for (CommandHandler handler : handlers) {
                Optional<TurnResult> answered = handler.action(action, inbound, snapshot, chooser);
                if (answered.isPresent()) {
                    return answered;
                }
            }
            return Optional.empty();
        }
        return Optional.of(new TurnResult(List.of(reply), Analysis.empty(snapshot.state().stage())));
    }

    /**
     * Gives a plain private message to the feature waiting for it as an answer (a note, a safety plan
     * step); empty when nobody waits. The safety layer has already read the message.
     */
    public Optional<TurnResult> handleAwaited(Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        if (!inbound.isPrivate() || inbound.text().isBlank() || snapshot.isNew()) {
            return Optional.empty();
        }
        for (CommandHandler handler : handlers) {
            Optional<TurnResult> answered = handler.awaitedAnswer(inbound, snapshot, chooser);
            if (answered.isPresent()) {
                return answered;
            }
        }
        return Optional.empty();
    }

    // Everyone's commands with what they do; admin commands by name only, so the list stays short.
    private String helpList(PhraseChooser chooser) {
        List<String> lines = new ArrayList<>();
        List<String> adminNames = new ArrayList<>();
        for (CommandSpec spec : specs) {
            if (spec.adminOnly()) {
                adminNames.add("/" + spec.name());
            } else {
                lines.add("/" + spec.name() + " - " + spec.description());
            }
        }
        if (!adminNames.isEmpty()) {
            lines.add(chooser.choose("command.admin_list", Map.of("names", String.join(", ", adminNames))));
        }
        return String.join("\n", lines);
    }

    private String goalsText(PersonSnapshot snapshot, PhraseChooser chooser) {
        List<StoredGoal> goals = store.goals(snapshot.person().user());
        if (goals.isEmpty()) {
            return chooser.choose("command.goals.none");
        }
        ZoneId zone = snapshot.person().zone();
        List<String> lines = new ArrayList<>();
        lines.add(chooser.choose("command.goals.header"));
        for (StoredGoal goal : goals) {
            String status = book.first("goal.status." + goal.status(), goal.status());
            lines.add("- " + goal.text() + " (" + goal.cadence() + "; " + status
                    + (goal.isActive() ? ", " + chooser.choose("command.goals.check", Map.of("day",
                    DAY.format(goal.followUpAt().atZone(zone)))) : "") + ")");
        }
        return String.join("\n", lines);
    }

    /** The stage a command turn leaves a conversation in: unchanged. */
    public static Stage stageAfterCommand(PersonSnapshot snapshot) {
        return snapshot.state().stage();
    }
}
