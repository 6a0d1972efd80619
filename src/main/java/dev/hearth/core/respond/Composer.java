package dev.hearth.core.respond;

import dev.hearth.core.person.StoredGoal;
import dev.hearth.core.understand.FeelingMention;
import dev.hearth.core.understand.Goal;
import dev.hearth.core.understand.Intensity;
import dev.hearth.core.understand.Feelings;
import dev.hearth.core.understand.Intent;
import dev.hearth.core.understand.Understanding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The compose stage: turns a {@link TurnPlan}'s moves into sentences from the phrase files, most
 * specific key first ({@code validate.feeling.guilty} before {@code validate.generic}), filling slots
 * with the person's own words turned toward them, their name, feelings and topics. A move with no
 * fresh phrasing for this person is left out rather than repeated.
 */
public final class Composer {
    private static final int MAX_CONCERN_WORDS = 16;

    /** When the specific topic is present, the general one is not answered on its own. */
    private static final Map<String, String> SPECIFIC_OVER_GENERAL =
            Map.of("breakup", "partner", "job-loss", "work", "grief", "family", "loneliness", "work");
    private static final Set<String> GENERAL = Set.of("sad", "stressed", "overwhelmed", "exhausted", "confused");

    private final PhraseBook book;

    public Composer(PhraseBook book) {
        this.book = book;
    }

    /** Renders the plan with the given chooser (which knows what this person heard recently). */
    public ComposedReply compose(TurnPlan plan, ReplyContext context, TurnPhraseChooser chooser,
                                 Set<String> excludedSuggestions) {
        Map<String, String> slots = slots(context);
        chooser.avoidWording(context.avoid());
        if (!context.name().isBlank() && !chooser.heardRecently("name")) {
            chooser.preferOnce("name"); // their name, now and then: not in every reply, not never
        }
        List<String> disclosure = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        Set<Strategy> strategies = new LinkedHashSet<>();
        String suggestionId = "";
        for (Move move : plan.moves()) {
            if (move == Move.GREET && context.firstContact() && !disclosure.isEmpty()) {
                continue; // the first-contact disclosure already says hello: never two greetings in a row
            }
            List<String> keys = keys(move, context);
            if (move == Move.SUGGEST) {
                keys = keys.stream().filter(book::has).toList();
            }
            Optional<TurnPhraseChooser.Chosen> chosen = move == Move.SUGGEST
                    ? chooseSuggestion(keys, slots, chooser, excludedSuggestions)
                    : chooser.firstFresh(keys, slots);
            if (chosen.isEmpty()) {
                continue;
            }
            if (move == Move.SUGGEST) {
                suggestionId = chosen.get().id();
            }
            (move == Move.DISCLOSE ? disclosure : sentences).add(chosen.get().text());
            strategies.add(move.strategy());
        }
        if (sentences.isEmpty()) {
            // Every phrasing was heard recently: a short acknowledgement beats silence.
            sentences.add(chooser.choose("acknowledge", slots));
            strategies.add(Strategy.OTHERS);
        }
        List<String> parts = new ArrayList<>();
        if (!disclosure.isEmpty()) {
            parts.add(String.join(" ", disclosure));
        }
        parts.add(String.join(" ", sentences));
        return new ComposedReply(parts, List.copyOf(strategies), chooser.usedIds(), suggestionId);
    }

    private Optional<TurnPhraseChooser.Chosen> chooseSuggestion(List<String> keys, Map<String, String> slots,
                                                               TurnPhraseChooser chooser, Set<String> excluded) {
        // Declined suggestions are filtered by treating their ids as already heard.
        List<String> usable = new ArrayList<>();
        for (String key : keys) {
            List<String> variants = book.variants(key);
            for (int i = 0; i < variants.size(); i++) {
                if (!excluded.contains(key + "#" + i)) {
                    usable.add(key);
                    break;
                }
            }
        }
        return chooser.firstFresh(usable, slots, excluded);
    }

    private Map<String, String> slots(ReplyContext context) {
        Understanding u = context.understanding();
        Map<String, String> slots = new HashMap<>();
        slots.put("name", context.name());
        slots.put("echo", u.echo());
        primaryFeeling(u).ifPresent(f -> slots.put("feeling", phraseOrSelf("feeling.name." + f.feeling(), f.feeling())));
        List<String> topics = topicsOf(context);
        if (!topics.isEmpty()) {
            slots.put("topic", phraseOrSelf("topic.name." + topics.get(0), topics.get(0)));
        }
        String concern = context.state().lastConcern();
        if (!concern.isEmpty() && concern.split("\\s+").length <= MAX_CONCERN_WORDS) {
            slots.put("concern", concern);
        }
        List<String> goalTexts = context.newGoals().stream().map(Goal::text).toList();
        if (!goalTexts.isEmpty()) {
            slots.put("goal", goalTexts.get(0));
            slots.put("goals", joinAnd(goalTexts));
        }
        context.goals().stream().filter(StoredGoal::isActive)
                .min(java.util.Comparator.comparing(StoredGoal::followUpAt))
                .ifPresent(g -> slots.put("active_goal", g.text()));
        return slots;
    }

    private String phraseOrSelf(String key, String fallback) {
        List<String> variants = book.variants(key);
        return variants.isEmpty() ? fallback : variants.get(0);
    }

    private List<String> keys(Move move, ReplyContext context) {
        Understanding u = context.understanding();
        Optional<FeelingMention> feeling = primaryFeeling(u);
        List<String> topics = topicsOf(context);
        List<String> keys = new ArrayList<>();
        switch (move) {
            case DISCLOSE -> keys.add(context.firstContact() ? "disclose.first" : "disclose.again");
            case GREET -> keys.add("greet");
            case WELCOME_BACK -> {
                // A step whose follow-up time has come is the first thing to ask about.
                if (context.goals().stream().anyMatch(g -> g.isActive() && !g.followUpAt().isAfter(context.now()))) {
                    keys.add("welcome_back.goal");
                }
                keys.add("welcome_back.concern");
                keys.add("welcome_back.goal");
                keys.add("welcome_back.topic");
                keys.add("welcome_back");
            }
            case ABOUT_HEARTH -> keys.add("about.hearth");
            case SMALL_TALK -> keys.add("smalltalk.self");
            case RESTATE -> {
                keys.add("restate");
                feelingKeys("reflect.feeling.", feeling, keys);
                keys.add("reflect.generic");
            }
            case REFLECT_FEELING -> {
                feelingKeys("reflect.feeling.", feeling, keys);
                u.topics().forEach(t -> keys.add("reflect.topic." + t));
                keys.add("reflect.feeling.generic");
                keys.add("reflect.generic");
            }
            case VALIDATE -> {
                feelingKeys("validate.feeling.", feeling, keys);
                topics.forEach(t -> keys.add("validate.topic." + t));
                keys.add("validate.generic");
            }
            case LISTEN -> keys.add("listen");
            case INFORM -> topics.forEach(t -> keys.add("inform.topic." + t));
            case ACCEPT_DECLINE -> keys.add("decline.accept");
            case AFFIRM_CHANGE -> keys.add("affirm.change");
            case AFFIRM_PLAN -> keys.add(context.newGoals().size() > 1 ? "affirm.plan.many" : "affirm.plan.one");
            case AFFIRM_CLOSE -> keys.add(context.newGoals().isEmpty() && context.goals().stream()
                    .noneMatch(StoredGoal::isActive) ? "affirm.close" : "affirm.close.with_goals");
            case PLAN_FOLLOW_UP -> keys.add("plan.followup");
            case CELEBRATE -> keys.add("celebrate");
            case SUGGEST -> {
                // What they said now comes first: its topics, then its feelings, then earlier topics.
                topics.stream().filter(u.topics()::contains).forEach(t -> keys.add("suggest.topic." + t));
                u.feelingNames().forEach(f -> keys.add("suggest.feeling." + f));
                topics.forEach(t -> keys.add("suggest.topic." + t));
                keys.add("suggest.generic");
            }
            case ASK_HOW -> keys.add("ask.how");
            case ASK_EXPLORE -> {
                u.topics().forEach(t -> keys.add("ask.explore.topic." + t));
                keys.add(u.topics().isEmpty() && context.state().turns() == 0 ? "ask.explore.first" : "ask.explore.generic");
                keys.add("ask.explore.generic");
            }
            case ASK_DEEPER -> {
                feeling.ifPresent(f -> keys.add("ask.deeper.feeling." + f.feeling()));
                topics.forEach(t -> keys.add("ask.deeper.topic." + t));
                keys.add("ask.deeper");
            }
            case ASK_STEP -> keys.add("ask.step");
            case ASK_GOOD -> keys.add("ask.good");
            case ANSWER, ANSWER_SELF, ANSWER_REASSURE, ANSWER_OPINION -> {
                String kind = context.questionKind().isEmpty() ? "other" : context.questionKind();
                topics.stream().filter(u.topics()::contains).forEach(t -> keys.add("answer." + kind + ".topic." + t));
                keys.add("answer." + kind);
                keys.add("answer.other");
            }
            case ACK_THANKS -> keys.add("thanks.passing");
            case REPAIR -> {
                if (!context.avoid().isEmpty()) {
                    keys.add("repair.phrasing");
                }
                keys.add("repair.complaint");
            }
            case OFFER_OPTIONS -> {
                topics.stream().filter(u.topics()::contains).forEach(t -> keys.add("options.topic." + t));
                keys.add("options.generic");
            }
            case GOAL_WENT_WELL -> keys.add("goal_update.good");
            case GOAL_WAS_HARD -> keys.add("goal_update.hard");
            case ASK_ABOUT_STEP -> keys.add(context.understanding().feelingNames().stream().anyMatch(Feelings::isDifficult)
                    || Feelings.soundsUnsuccessful(context.understanding().cleanedText())
                    ? "ask.step.hard" : "ask.step.good");
            case ACKNOWLEDGE -> {
                if (context.state().turns() == 0) {
                    keys.add("acknowledge.first");
                }
                topics.forEach(t -> keys.add("acknowledge.topic." + t));
                keys.add("acknowledge");
            }
            case CLOSE -> {
                if (u.has(Intent.GOODBYE)) {
                    keys.add("close.goodbye");
                }
                if (u.has(Intent.THANKS)) {
                    keys.add("close.thanks");
                }
                keys.add("close.generic");
            }
        }
        return keys;
    }

    private static void feelingKeys(String prefix, Optional<FeelingMention> feeling, List<String> keys) {
        feeling.ifPresent(f -> {
            if (f.intensity() == Intensity.STRONG) {
                keys.add(prefix + f.feeling() + ".strong");
            }
            keys.add(prefix + f.feeling());
        });
    }

    /**
     * The feeling to answer: a specific difficult one (guilt, loneliness, grief …) before a general one
     * (sad, stressed), the stronger first; a positive feeling only when there is no difficult one.
     */
    private static Optional<FeelingMention> primaryFeeling(Understanding u) {
        List<FeelingMention> present = u.feelings().stream().filter(f -> !f.negated()).toList();
        Optional<FeelingMention> hard = present.stream().filter(f -> Feelings.isDifficult(f.feeling()))
                .min(java.util.Comparator.comparing((FeelingMention f) -> GENERAL.contains(f.feeling()))
                        .thenComparing(FeelingMention::intensity, java.util.Comparator.reverseOrder()));
        return hard.isPresent() ? hard : present.stream().findFirst();
    }

    /**
     * This message's topics, then the previous message's: phrasing specific to a situation follows
     * what the person is talking about now, and fades when they move on. A general topic gives way to
     * its specific one.
     */
    private static List<String> topicsOf(ReplyContext context) {
        List<String> topics = new ArrayList<>(context.understanding().topics());
        for (String t : context.state().flow().lastTopics()) {
            if (!topics.contains(t)) {
                topics.add(t);
            }
        }
        SPECIFIC_OVER_GENERAL.forEach((specific, general) -> {
            if (topics.contains(specific)) {
                topics.remove(general);
            }
        });
        return topics;
    }

    private static String joinAnd(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
