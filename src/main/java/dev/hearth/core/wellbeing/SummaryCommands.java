package dev.hearth.core.wellbeing;

import dev.hearth.core.Analysis;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.command.CommandHandler;
import dev.hearth.core.command.CommandOption;
import dev.hearth.core.command.CommandSpec;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.person.TurnRecord;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.PhraseChooser;
import dev.hearth.core.safety.CrisisLevel;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /summary on|off}: the opt-in weekly summary of moods, goals done and the check-in streak, sent
 * on Sundays by {@link WeeklySummaries}. {@code /summary} alone says whether it is on, and
 * {@code /summary now} shows this week's summary at once (in private).
 */
public final class SummaryCommands implements CommandHandler {
    private static final String NAME = "summary";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);

    private final SummaryStore store;
    private final WeeklySummary summary;
    private final PersonStore people;
    private final PhraseBook book;

    public SummaryCommands(SummaryStore store, WeeklySummary summary, PersonStore people, PhraseBook book) {
        this.store = store;
        this.summary = summary;
        this.people = people;
        this.book = book;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(new CommandSpec(NAME, book.first("command.summary", NAME),
                List.of(new CommandOption("choice", book.first("command.summary.option.choice", "on or off"), false)),
                false));
    }

    @Override
    public Optional<TurnResult> command(String name, String args, Inbound inbound, PersonSnapshot snapshot,
                                        PhraseChooser chooser) {
        if (!name.equals(NAME)) {
            return Optional.empty();
        }
        String choice = args.strip().toLowerCase(Locale.ROOT);
        Instant now = inbound.at();
        var zone = snapshot.person().zone();
        Reply reply = switch (choice) {
            case "on" -> {
                List<String> parts = new ArrayList<>(ensureStored(snapshot, now, chooser));
                Instant due = WeeklySummary.nextDue(now, zone);
                store.enableSummary(inbound.user(), due);
                parts.add(chooser.choose("summary.on", Map.of("day", WHEN.format(due.atZone(zone)))));
                yield Reply.text(parts);
            }
            case "off" -> Reply.text(chooser.choose(store.disableSummary(inbound.user()) ? "summary.off" : "summary.off.none"));
            case "now" -> inbound.isPrivate() ? summary.render(inbound.user(), zone, now, chooser)
                    : Reply.text(chooser.choose("summary.private_only"));
            case "" -> Reply.text(store.summaryDue(inbound.user())
                    .map(due -> chooser.choose("summary.status.on", Map.of("day", WHEN.format(due.atZone(zone)))))
                    .orElseGet(() -> chooser.choose("summary.status.off")));
            default -> Reply.text(chooser.choose("summary.usage"));
        };
        return Optional.of(new TurnResult(List.of(reply), Analysis.empty(snapshot.state().stage())));
    }

    @Override
    public Optional<TurnResult> action(String actionId, Inbound inbound, PersonSnapshot snapshot,
                                       PhraseChooser chooser) {
        return Optional.empty();
    }

    private List<String> ensureStored(PersonSnapshot snapshot, Instant now, PhraseChooser chooser) {
        if (!snapshot.isNew()) {
            return List.of();
        }
        people.record(new TurnRecord(snapshot.person().seenAt(now),
                snapshot.state().toBuilder().lastDisclosureAt(now).build(), List.of(), List.of(), CrisisLevel.NONE));
        return List.of(chooser.choose("checkin.disclose.first"));
    }
}
