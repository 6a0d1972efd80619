package dev.hearth.core.respond;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses phrasings for one reply to one person: never a variant this person heard in their last 20
 * turns (nor one already used in this reply), only variants whose slots can all be filled, and at
 * random among the rest so replies stay fresh. Records which ids it used so the record stage can store
 * them. One instance serves one turn; not thread-safe.
 */
public final class TurnPhraseChooser implements PhraseChooser {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

    private final PhraseBook book;
    private final Set<String> recent;
    private final Random random;
    private final Set<String> used = new LinkedHashSet<>();
    private String preferredSlot = "";
    private String avoided = "";

    /**
     * @param recentIds variant ids this person heard in their last 20 turns
     * @param seed      seeds the choice; the engine derives it from the person and turn so a replay of
     *                  the same conversation gives the same replies
     */
    public TurnPhraseChooser(PhraseBook book, Set<String> recentIds, long seed) {
        this.book = book;
        this.recent = new HashSet<>(recentIds);
        this.random = new Random(seed);
    }

    @Override
    public String choose(String key, Map<String, String> slots) {
        if (!book.has(key)) {
            throw new IllegalArgumentException("no phrase file defines " + key);
        }
        return tryChoose(key, slots).or(() -> leastBad(key, slots))
                .orElseThrow(() -> new IllegalArgumentException("no variant of " + key + " fits its slots"));
    }

    /**
     * A fresh variant of the first key in the list that has one, or empty when every key is missing,
     * used up for this person, or needs a slot that has no value.
     */
    public Optional<Chosen> firstFresh(List<String> keys, Map<String, String> slots) {
        return firstFresh(keys, slots, Set.of());
    }

    /** As {@link #firstFresh(List, Map)}, also leaving out the given variant ids. */
    public Optional<Chosen> firstFresh(List<String> keys, Map<String, String> slots, Set<String> excludedIds) {
        for (String key : keys) {
            Optional<Chosen> chosen = pick(key, slots, excludedIds);
            if (chosen.isPresent()) {
                used.add(chosen.get().id());
                return chosen;
            }
        }
        return Optional.empty();
    }

    /** A chosen variant: its id ({@code key#index}) and its filled text. */
    public record Chosen(String id, String text) {
    }

    /**
     * Prefers, for the next choice that can have it, a variant using this slot (e.g. the person's name,
     * now and then, so it is used but not in every sentence).
     */
    public void preferOnce(String slot) {
        preferredSlot = slot;
    }

    /**
     * Leaves out, for the rest of this reply, every variant holding these words (lower case): the
     * phrasing a person asked Hearth to stop using.
     */
    public void avoidWording(String words) {
        avoided = words == null ? "" : words.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when a variant this person heard recently used the slot. */
    public boolean heardRecently(String slot) {
        String marker = "{" + slot + "}";
        for (String id : recent) {
            if (book.byId(id).map(text -> text.contains(marker)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The variant ids used so far in this reply, in order. */
    public List<String> usedIds() {
        return new ArrayList<>(used);
    }

    private Optional<String> tryChoose(String key, Map<String, String> slots) {
        Optional<Chosen> chosen = pick(key, slots, Set.of());
        chosen.ifPresent(c -> used.add(c.id()));
        return chosen.map(Chosen::text);
    }

    private Optional<Chosen> pick(String key, Map<String, String> slots, Set<String> excludedIds) {
        List<String> variants = book.variants(key);
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            String id = key + "#" + i;
            if (!recent.contains(id) && !used.contains(id) && !excludedIds.contains(id) && fillable(variants.get(i), slots)
                    && !isAvoided(variants.get(i))) {
                fresh.add(i);
            }
        }
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        if (!preferredSlot.isEmpty()) {
            String marker = "{" + preferredSlot + "}";
            List<Integer> preferred = fresh.stream().filter(i -> variants.get(i).contains(marker)).toList();
            if (!preferred.isEmpty()) {
                fresh = preferred;
                preferredSlot = "";
            }
        }
        int index = fresh.get(random.nextInt(fresh.size()));
        return Optional.of(new Chosen(key + "#" + index, fill(variants.get(index), slots)));
    }

    /** When every variant was heard recently: a fillable one not used in this reply, at random. */
    private Optional<String> leastBad(String key, Map<String, String> slots) {
        List<String> variants = book.variants(key);
        List<Integer> fillable = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            if (!used.contains(key + "#" + i) && fillable(variants.get(i), slots)) {
                fillable.add(i);
            }
        }
        if (fillable.isEmpty()) {
            return Optional.empty();
        }
        int index = fillable.get(random.nextInt(fillable.size()));
        used.add(key + "#" + index);
        return Optional.of(fill(variants.get(index), slots));
    }

    private boolean isAvoided(String variant) {
        return !avoided.isEmpty() && variant.toLowerCase(java.util.Locale.ROOT).contains(avoided);
    }

    private static boolean fillable(String variant, Map<String, String> slots) {
        Matcher m = SLOT.matcher(variant);
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null || value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String fill(String variant, Map<String, String> slots) {
        Matcher m = SLOT.matcher(variant);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(slots.get(m.group(1))));
        }
        m.appendTail(out);
        return capitalizeFirst(out.toString());
    }

    private static String capitalizeFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
