package dev.hearth.core.checkin;

import dev.hearth.core.Analysis;
import dev.hearth.core.Attachment;
import dev.hearth.core.Button;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Server and group check-ins, as commands and buttons. Admins (the adapter says so with
 * {@link Inbound#fromAdmin()}) set them up in the channel or group they should be posted to, list,
 * pause, resume and cancel them, and see aggregate statistics; members answer the posted question with
 * its mood buttons and may turn private follow-ups off. Every reply here is private: an answer, a low
 * mood's offer to talk and the statistics are seen only by the person who asked.
 */
public final class ServerCheckinCommands implements CommandHandler {
    /** The admin commands, lower case with hyphens; {@code checkin-setup} and {@code schedule-checkin} are one. */
    static final Set<String> ADMIN = Set.of("checkin-setup", "schedule-checkin", "checkins", "pause-checkin",
            "resume-checkin", "cancel-checkin", "checkin-stats");
    private static final String FOLLOW_UPS = "checkin-followups";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final int SHORT_PERIOD = 7;
    private static final int LONG_PERIOD = 30;

    private final ServerCheckinStore store;
    private final PersonStore people;
    private final PhraseBook book;
    private final ServerMoodChart chart;

    public ServerCheckinCommands(ServerCheckinStore store, PersonStore people, PhraseBook book, ServerMoodChart chart) {
        this.store = store;
        this.people = people;
        this.book = book;
        this.chart = chart;
    }

    @Override
    public List<CommandSpec> specs() {
        List<CommandOption> setup = List.of(
                new CommandOption("time", describe("command.checkin-setup.option.time"), true),
                new CommandOption("zone", describe("command.checkin-setup.option.zone"), false),
                new CommandOption("days", describe("command.checkin-setup.option.days"), false),
                new CommandOption("prompt", describe("command.checkin-setup.option.prompt"), false));
        List<CommandOption> number = List.of(
                new CommandOption("number", describe("command.checkins.option.number"), true));
        return List.of(
                new CommandSpec("checkin-setup", describe("command.checkin-setup"), setup, true),
                new CommandSpec("schedule-checkin", describe("command.schedule-checkin"), setup, true),
                new CommandSpec("checkins", describe("command.checkins"), List.of(), true),
                new CommandSpec("pause-checkin", describe("command.pause-checkin"), number, true),
                new CommandSpec("resume-checkin", describe("command.resume-checkin"), number, true),
                new CommandSpec("cancel-checkin", describe("command.cancel-checkin"), number, true),
                new CommandSpec("checkin-stats", describe("command.checkin-stats"), List.of(), true),
                new CommandSpec(FOLLOW_UPS, describe("command.checkin-followups"), List.of(
                        new CommandOption("choice", describe("command.checkin-followups.option.choice"), false)),
                        false));
    }

    private String describe(String key) {
        return book.first(key, key);
    }

    @Override
    public Optional<TurnResult> command(String name, String args, Inbound inbound, PersonSnapshot snapshot,
                                        PhraseChooser chooser) {
        if (name.equals(FOLLOW_UPS)) {
            return Optional.of(result(followUps(args, inbound, snapshot, chooser), snapshot));
        }
        if (!ADMIN.contains(name)) {
            return Optional.empty();
        }
        // The router refuses these already without admin rights; checked again so this class stands alone.
        if (!inbound.fromAdmin()) {
            return Optional.of(result(Reply.text(chooser.choose("command.admin_only")), snapshot));
        }
        if (inbound.space().isEmpty() || inbound.isPrivate()) {
            return Optional.of(result(Reply.text(chooser.choose("server.only_in_space")), snapshot));
        }
        String space = inbound.space().get();
        String platform = inbound.user().platform();
        Reply reply = switch (name) {
            case "checkin-setup", "schedule-checkin" -> setup(ServerSetupRequest.parse(args), inbound, snapshot, chooser);
            case "checkins" -> list(store.schedules(platform, space), chooser);
            case "checkin-stats" -> stats(platform, space, inbound.at(), chooser);
            default -> numbered(name, args, inbound, chooser);
        };
        return Optional.of(result(reply, snapshot));
    }

    private Reply setup(ServerSetupRequest request, Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        if (request instanceof ServerSetupRequest.Invalid invalid) {
            return Reply.text(chooser.choose("server.setup.invalid." + invalid.reason()));
        }
        ServerSetupRequest.Valid valid = (ServerSetupRequest.Valid) request;
        List<String> parts = new ArrayList<>(ensureStored(snapshot, inbound.at(), chooser));
        Recurrence recurrence = new Recurrence(valid.days(), valid.time(), valid.zone());
        ServerSchedule schedule = new ServerSchedule(0, inbound.user().platform(), inbound.space().orElseThrow(),
                inbound.conversation().id(), recurrence, valid.prompt(), false, recurrence.nextAfter(inbound.at()));
        store.createSchedule(schedule, inbound.user(), inbound.at());
        int number = store.schedules(schedule.platform(), schedule.space()).size();
        Map<String, String> slots = new HashMap<>(describe(recurrence));
        slots.put("count", String.valueOf(number));
        parts.add(chooser.choose("server.setup.done", slots));
        return Reply.text(parts);
    }

    private Reply list(List<ServerSchedule> schedules, PhraseChooser chooser) {
        if (schedules.isEmpty()) {
            return Reply.text(chooser.choose("server.list.none"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(chooser.choose("server.list.header"));
        for (int i = 0; i < schedules.size(); i++) {
            ServerSchedule schedule = schedules.get(i);
            Map<String, String> slots = new HashMap<>(describe(schedule.recurrence()));
            slots.put("count", String.valueOf(i + 1));
            // A list repeats the same shape on every line, so these are templates, not varied phrasing.
            String line = template("server.list.item", slots);
            if (schedule.paused()) {
                line += " " + template("server.list.paused", Map.of());
            }
            if (!schedule.prompt().isBlank()) {
                line += "\n   " + schedule.prompt();
            }
            lines.add(line);
        }
        return Reply.text(String.join("\n", lines));
    }

    /** {@code pause-checkin N}, {@code resume-checkin N}, {@code cancel-checkin N}: N as {@code /checkins} shows. */
    private Reply numbered(String name, String args, Inbound inbound, PhraseChooser chooser) {
        List<ServerSchedule> schedules = store.schedules(inbound.user().platform(), inbound.space().orElseThrow());
        int number;
        try {
            number = Integer.parseInt(args.strip());
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > schedules.size()) {
            return Reply.text(chooser.choose(schedules.isEmpty() ? "server.list.none" : "server.number.invalid",
                    Map.of("max", String.valueOf(schedules.size()))));
        }
        ServerSchedule schedule = schedules.get(number - 1);
        Map<String, String> slots = Map.of("count", String.valueOf(number));
        return switch (name) {
            case "pause-checkin" -> {
                store.setPaused(schedule.id(), true, schedule.nextDue());
                yield Reply.text(chooser.choose("server.paused", slots));
            }
            case "resume-checkin" -> {
                store.setPaused(schedule.id(), false, schedule.recurrence().nextAfter(inbound.at()));
                yield Reply.text(chooser.choose("server.resumed", slots));
            }
            default -> {
                store.deleteSchedule(schedule.id());
                yield Reply.text(chooser.choose("server.cancelled", slots));
            }
        };
    }

    private Reply stats(String platform, String space, Instant now, PhraseChooser chooser) {
        List<ServerSchedule> schedules = store.schedules(platform, space);
        if (schedules.isEmpty()) {
            return Reply.text(chooser.choose("server.list.none"));
        }
        // Days are counted in the zone of the space's first schedule, so "today" is the server's today.
        ZoneId zone = schedules.get(0).recurrence().zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<AnswerFact> facts = store.answers(platform, space, now.minus(Duration.ofDays(LONG_PERIOD + 1)));
        List<String> parts = new ArrayList<>();
        PeriodStats longer = PeriodStats.of(facts, today, LONG_PERIOD);
        for (PeriodStats period : List.of(PeriodStats.of(facts, today, SHORT_PERIOD), longer)) {
            Map<String, String> slots = Map.of("days", String.valueOf(period.days()),
                    "count", String.valueOf(period.answers()), "max", String.valueOf(PeriodStats.MIN_PEOPLE));
            if (!period.shown()) {
                parts.add(chooser.choose("server.stats.withheld", slots));
                continue;
            }
            parts.add(chooser.choose("server.stats.period", slots) + "\n" + moodLine(period));
        }
        Reply reply = Reply.text(parts);
        if (longer.shown()) {
            byte[] png = chart.render(longer.byDay(), today.minusDays(LONG_PERIOD - 1L), today);
            String alt = book.first("chart.server.alt", "Check-in answers per day.")
                    .replace("{days}", String.valueOf(longer.days()))
                    .replace("{count}", String.valueOf(longer.answers()))
                    .replace("{people}", String.valueOf(longer.people()));
            reply = reply.withAttachments(List.of(new Attachment("hearth-checkins.png", "image/png", png, alt)));
        }
        return reply;
    }

    private String moodLine(PeriodStats period) {
        List<String> counts = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            counts.add(template("button.mood." + score, Map.of()) + " " + period.byScore().get(score - 1));
        }
        return String.join("   ", counts);
    }

    private Reply followUps(String args, Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        String choice = args.strip().toLowerCase(Locale.ROOT);
        if (!choice.equals("on") && !choice.equals("off")) {
            return Reply.text(chooser.choose(store.followUpsOff(inbound.user())
                    ? "server.followups.status.off" : "server.followups.status.on"));
        }
        List<String> parts = new ArrayList<>(ensureStored(snapshot, inbound.at(), chooser));
        store.setFollowUpsOff(inbound.user(), choice.equals("off"), inbound.at());
        parts.add(chooser.choose("server.followups." + choice));
        return Reply.text(parts);
    }

    @Override
    public Optional<TurnResult> action(String actionId, Inbound inbound, PersonSnapshot snapshot,
                                       PhraseChooser chooser) {
        if (actionId.equals(ServerCheckinReplies.QUIET)) {
            List<String> parts = new ArrayList<>(ensureStored(snapshot, inbound.at(), chooser));
            store.setFollowUpsOff(inbound.user(), true, inbound.at());
            parts.add(chooser.choose("server.followups.off"));
            return Optional.of(result(Reply.text(parts), snapshot));
        }
        if (!actionId.startsWith(ServerCheckinReplies.PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(result(answer(actionId, inbound, snapshot, chooser), snapshot));
    }

    private Reply answer(String actionId, Inbound inbound, PersonSnapshot snapshot, PhraseChooser chooser) {
        Optional<ServerCheckinReplies.Press> press = ServerCheckinReplies.parse(actionId);
        Optional<ServerOccurrence> occurrence = press.flatMap(p -> store.occurrence(p.occurrenceId()));
        // A press counts only in the server or group the check-in was posted to.
        boolean here = occurrence.isPresent()
                && occurrence.get().schedule().platform().equals(inbound.user().platform())
                && inbound.space().filter(occurrence.get().schedule().space()::equals).isPresent();
        if (!here) {
            return Reply.text(chooser.choose("server.answer.missing"));
        }
        ZoneId zone = occurrence.get().schedule().recurrence().zone();
        if (!inbound.at().atZone(zone).toLocalDate().equals(occurrence.get().localDay())) {
            // Answers may change during the check-in's own day only; later presses would blur the days.
            return Reply.text(chooser.choose("server.answer.closed"));
        }
        int score = press.get().score();
        List<String> parts = new ArrayList<>(ensureStored(snapshot, inbound.at(), chooser));
        boolean changed = store.answer(occurrence.get().id(), inbound.user(), score, inbound.at());
        String thanks = chooser.choose(score <= 2 ? "server.answer.low" : "server.answer.thanks");
        parts.add(changed ? chooser.choose("server.answer.changed") + " " + thanks : thanks);
        Reply reply;
        if (score <= 2 && !store.followUpsOff(inbound.user())) {
            parts.add(chooser.choose("server.answer.offer"));
            reply = Reply.text(parts).withButtons(List.of(
                    new Button(ServerCheckinReplies.QUIET, chooser.choose("button.server.quiet"))));
        } else {
            reply = Reply.text(parts);
        }
        return reply;
    }

    private Map<String, String> describe(Recurrence r) {
        String days = r.days().equals(DaySet.DAILY) || r.days().equals(DaySet.WEEKDAYS)
                ? template("reminders.days." + r.days().wireName(), Map.of())
                : r.days().wireName();
        return Map.of("days", days, "time", TIME.format(r.time()), "zone", r.zone().getId());
    }

    /** The first variant of a key with its slots filled, for text that repeats by design (list lines, labels). */
    private String template(String key, Map<String, String> slots) {
        String text = book.first(key, key);
        for (Map.Entry<String, String> slot : slots.entrySet()) {
            text = text.replace("{" + slot.getKey() + "}", slot.getValue());
        }
        return text;
    }

    /** Stores someone Hearth has not met (their rows need them), saying first what Hearth is. */
    private List<String> ensureStored(PersonSnapshot snapshot, Instant now, PhraseChooser chooser) {
        if (!snapshot.isNew()) {
            return List.of();
        }
        people.record(new TurnRecord(snapshot.person().seenAt(now),
                snapshot.state().toBuilder().lastDisclosureAt(now).build(), List.of(), List.of(), CrisisLevel.NONE));
        return List.of(chooser.choose("checkin.disclose.first"));
    }

    private static TurnResult result(Reply reply, PersonSnapshot snapshot) {
        return new TurnResult(List.of(reply), Analysis.empty(snapshot.state().stage()));
    }
}
