package dev.hearth.core.wellbeing;

import dev.hearth.core.Analysis;
import dev.hearth.core.Button;
import dev.hearth.core.Inbound;
import dev.hearth.core.Outbox;
import dev.hearth.core.Outboxes;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.command.CommandHandler;
import dev.hearth.core.command.CommandSpec;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.PhraseChooser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two short exercises for anxious or panicky moments: {@code /breathe}, paced breathing (in for four,
 * out for six, a few rounds), and {@code /ground}, 5-4-3-2-1 grounding one sense at a time. Breathing
 * goes as timed messages through the platform's outbox, each with a stop button; {@code /stop} or the
 * button withdraws the steps not yet sent. Where no outbox can send later (the terminal) the pattern
 * comes in one message. Grounding moves on with a button per step, so the person sets the pace.
 *
 * <p>Buttons: {@link #BREATHE}, {@link #STOP_BREATHING}, {@link #GROUND}, {@code ground:<n>} for step n
 * (5 down to 1), {@code ground:done} and {@code ground:stop}.
 */
public final class CalmingCommands implements CommandHandler {
    /** Starts paced breathing. */
    public static final String BREATHE = "breathe:start";
    /** Stops paced breathing. */
    public static final String STOP_BREATHING = "breathe:stop";
    /** Starts grounding at its first step. */
    public static final String GROUND = "ground:start";
    /** Prefix of the grounding steps, {@code ground:5} to {@code ground:1}, and {@code ground:done}. */
    public static final String GROUND_PREFIX = "ground:";
    /** The outbox tag of the timed breathing steps. */
    public static final String TAG = "breathe";
    /** In-breath. */
    public static final Duration IN = Duration.ofSeconds(4);
    /** Out-breath. */
    public static final Duration OUT = Duration.ofSeconds(6);
    /** How many breaths one exercise paces. */
    public static final int ROUNDS = 5;

    private final Outboxes outboxes;
    private final PhraseBook book;

    /** @param outboxes the running platforms' outboxes, which send the timed breathing steps */
    public CalmingCommands(Outboxes outboxes, PhraseBook book) {
        this.outboxes = outboxes;
        this.book = book;
    }

    /** The buttons that offer both exercises, for a reply to someone anxious or panicking. */
    public static List<Button> offerButtons(PhraseChooser chooser) {
        return List.of(new Button(BREATHE, chooser.choose("button.breathe.offer")),
                new Button(GROUND, chooser.choose("button.ground.offer")));
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(new CommandSpec("breathe", book.first("command.breathe", "breathe"), List.of(), false),
                new CommandSpec("ground", book.first("command.ground", "ground"), List.of(), false),
                new CommandSpec("stop", book.first("command.stop", "stop"), List.of(), false));
    }

    @Override
    public Optional<TurnResult> command(String name, String args, Inbound inbound, PersonSnapshot snapshot,
                                        PhraseChooser chooser) {
        return switch (name) {
            case "breathe" -> Optional.of(result(breathe(inbound, chooser), snapshot));
            case "ground" -> Optional.of(result(groundStep(5, chooser), snapshot));
            case "stop" -> Optional.of(result(stop(inbound, chooser), snapshot));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<TurnResult> action(String actionId, Inbound inbound, PersonSnapshot snapshot,
                                       PhraseChooser chooser) {
        if (actionId.equals(BREATHE)) {
            return Optional.of(result(breathe(inbound, chooser), snapshot));
        }
        if (actionId.equals(STOP_BREATHING)) {
            return Optional.of(result(stop(inbound, chooser), snapshot));
        }
        if (actionId.equals(GROUND)) {
            return Optional.of(result(groundStep(5, chooser), snapshot));
        }
        if (actionId.startsWith(GROUND_PREFIX)) {
            String rest = actionId.substring(GROUND_PREFIX.length());
            if (rest.matches("[1-5]")) {
                return Optional.of(result(groundStep(Integer.parseInt(rest), chooser), snapshot));
            }
            return Optional.of(result(Reply.text(chooser.choose(rest.equals("done") ? "ground.done" : "ground.stopped")),
                    snapshot));
        }
        return Optional.empty();
    }

    private Reply breathe(Inbound inbound, PhraseChooser chooser) {
        Optional<Outbox> outbox = outboxes.forPlatform(inbound.user().platform());
        List<Button> stop = List.of(new Button(STOP_BREATHING, chooser.choose("button.breathe.stop")));
        if (outbox.isPresent()) {
            outbox.get().withdraw(inbound.user(), TAG); // a second /breathe restarts rather than overlaps
            Instant at = inbound.at();
            boolean timed = true;
            for (int round = 1; round <= ROUNDS && timed; round++) {
                if (round > 1) {
                    timed = outbox.get().sendPrivatelyAt(inbound.user(),
                            Reply.text(chooser.choose("breathe.in")).withButtons(stop), at, TAG);
                }
                at = at.plus(IN);
                timed = timed && outbox.get().sendPrivatelyAt(inbound.user(),
                        Reply.text(chooser.choose("breathe.out")).withButtons(stop), at, TAG);
                at = at.plus(OUT);
            }
            if (timed) {
                outbox.get().sendPrivatelyAt(inbound.user(), Reply.text(chooser.choose("breathe.done")), at, TAG);
                return Reply.text(chooser.choose("breathe.intro"), chooser.choose("breathe.in")).withButtons(stop);
            }
            outbox.get().withdraw(inbound.user(), TAG);
        }
        // No way to send later: the whole pattern at once, to follow at their own pace.
        List<String> parts = new ArrayList<>();
        parts.add(chooser.choose("breathe.intro.self_paced"));
        parts.add(chooser.choose("breathe.pattern"));
        parts.add(chooser.choose("breathe.done"));
        return Reply.text(parts);
    }

    private Reply stop(Inbound inbound, PhraseChooser chooser) {
        int withdrawn = outboxes.forPlatform(inbound.user().platform())
                .map(outbox -> outbox.withdraw(inbound.user(), TAG)).orElse(0);
        return Reply.text(chooser.choose(withdrawn > 0 ? "breathe.stopped" : "stop.nothing"));
    }

    /** One grounding step, 5 (things you see) down to 1 (something you taste), with next and stop. */
    private static Reply groundStep(int step, PhraseChooser chooser) {
        List<String> parts = new ArrayList<>();
        if (step == 5) {
            parts.add(chooser.choose("ground.intro"));
        }
        parts.add(chooser.choose("ground.step." + step));
        String next = step > 1 ? GROUND_PREFIX + (step - 1) : GROUND_PREFIX + "done";
        return Reply.text(parts).withButtons(List.of(
                new Button(next, chooser.choose(step > 1 ? "button.ground.next" : "button.ground.finish")),
                new Button(GROUND_PREFIX + "stop", chooser.choose("button.ground.stop"))));
    }

    private static TurnResult result(Reply reply, PersonSnapshot snapshot) {
        return new TurnResult(List.of(reply), Analysis.empty(snapshot.state().stage()));
    }
}
