package dev.hearth.core.support;

import dev.hearth.core.Button;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.UserRef;
import dev.hearth.core.respond.PhraseChooser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Makes the support team offer: for a crisis said in a shared channel of a server whose admins set a support
 * team, a private question with two buttons, noted in the store so only a real offer can be answered. Not
 * made in private chats (nothing ties them to a server), not again within {@link #QUIET} of the last offer,
 * and not once the team was told about the person in the last {@link #NOTIFY_LIMIT}.
 */
public final class SupportOffers implements SupportOffer {
    /** How long an offer can be answered with yes. */
    public static final Duration OFFER_VALID = Duration.ofHours(24);
    /** The team is told about a person at most once in this time, per server. */
    public static final Duration NOTIFY_LIMIT = Duration.ofHours(24);
    /** No second offer in the same server this soon: a person writing several messages is asked once. */
    public static final Duration QUIET = Duration.ofHours(1);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SupportOffers.class);

    private final SupportStore store;

    public SupportOffers(SupportStore store) {
        this.store = store;
    }

    @Override
    public Optional<Reply> offer(Inbound inbound, PhraseChooser chooser) {
        if (inbound.isPrivate() || inbound.space().isEmpty()) {
            return Optional.empty();
        }
        try {
            return make(inbound, inbound.space().get(), chooser);
        } catch (RuntimeException e) {
            // The offer is optional; the care it rides on has already been given.
            LOG.warn("The support team offer could not be made ({})", e.getClass().getName());
            return Optional.empty();
        }
    }

    private Optional<Reply> make(Inbound inbound, String space, PhraseChooser chooser) {
        UserRef person = inbound.user();
        if (store.setting(person.platform(), space).isEmpty()) {
            return Optional.empty();
        }
        Instant now = inbound.at();
        if (within(store.notifiedAt(person, space), now, NOTIFY_LIMIT)
                || within(store.offeredAt(person, space), now, QUIET)) {
            return Optional.empty();
        }
        if (!store.offered(person, space, now, now.minus(OFFER_VALID.compareTo(NOTIFY_LIMIT) >= 0
                ? OFFER_VALID : NOTIFY_LIMIT))) {
            return Optional.empty();
        }
        return Optional.of(Reply.text(chooser.choose("support.offer")).withButtons(List.of(
                new Button(SupportButtons.id(space, true), chooser.choose("button.support.yes")),
                new Button(SupportButtons.id(space, false), chooser.choose("button.support.no")))));
    }

    /** True when the time is present and less than {@code span} before {@code now}. */
    static boolean within(Optional<Instant> time, Instant now, Duration span) {
        return time.filter(t -> t.isAfter(now.minus(span))).isPresent();
    }
}
