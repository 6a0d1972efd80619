package dev.hearth.core;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a person did, translated by an adapter from its platform's event: a message they wrote,
 * or a button they pressed ({@link #action()}). Immutable; no platform type ever enters the core.
 *
 * @param user         who said it
 * @param conversation where it was said
 * @param text         what they wrote, as written (may be empty for a button press)
 * @param at           when the platform says it happened
 * @param isPrivate    true in a direct message or private chat, false in a server channel or group
 * @param locale       the platform's locale hint for the person, {@link Locale#ROOT} when unknown
 * @param displayName  how the platform names the person, empty when unknown
 * @param action       the id of a pressed button, empty for a plain message
 * @param space        the server (Discord guild) or group the conversation belongs to, empty in private
 * @param fromAdmin    the platform says the person may manage that server or group (Manage Server on
 *                     Discord, administrator on Telegram); admin commands check it
 */
public record Inbound(
        UserRef user,
        ConversationRef conversation,
        String text,
        Instant at,
        boolean isPrivate,
        Locale locale,
        String displayName,
        Optional<String> action,
        Optional<String> space,
        boolean fromAdmin) {

    public Inbound {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(at, "at");
        text = text == null ? "" : text;
        locale = locale == null ? Locale.ROOT : locale;
        displayName = displayName == null ? "" : displayName;
        action = action == null ? Optional.empty() : action;
        space = space == null ? Optional.empty() : space;
    }

    /** An inbound outside any server or group, said by someone with no admin rights there. */
    public Inbound(UserRef user, ConversationRef conversation, String text, Instant at, boolean isPrivate,
                   Locale locale, String displayName, Optional<String> action) {
        this(user, conversation, text, at, isPrivate, locale, displayName, action, Optional.empty(), false);
    }

    /** A message written in a private conversation, the common case. */
    public static Inbound privateMessage(UserRef user, ConversationRef conversation, String text, Instant at) {
        return new Inbound(user, conversation, text, at, true, Locale.ROOT, "", Optional.empty());
    }

    /** A copy of this inbound with the given text, for adapters that strip a mention. */
    public Inbound withText(String newText) {
        return new Inbound(user, conversation, newText, at, isPrivate, locale, displayName, action, space, fromAdmin);
    }

    /** The platform's locale hint as a BCP 47 tag, or {@code fallback} when the platform gave none. */
    public String localeTagOr(String fallback) {
        String tag = locale.toLanguageTag();
        return tag.equals("und") ? fallback : tag;
    }

    /** A copy with the platform's locale hint. */
    public Inbound withLocale(Locale newLocale) {
        return new Inbound(user, conversation, text, at, isPrivate, newLocale, displayName, action, space, fromAdmin);
    }

    /** A copy with the platform's display name for the person. */
    public Inbound withDisplayName(String name) {
        return new Inbound(user, conversation, text, at, isPrivate, locale, name, action, space, fromAdmin);
    }

    /** A copy that says the person pressed the button with this id. */
    public Inbound withAction(String actionId) {
        return new Inbound(user, conversation, text, at, isPrivate, locale, displayName, Optional.of(actionId), space,
                fromAdmin);
    }

    /** A copy that belongs to this server or group. */
    public Inbound inSpace(String spaceId) {
        return new Inbound(user, conversation, text, at, isPrivate, locale, displayName, action,
                Optional.of(spaceId), fromAdmin);
    }

    /** A copy whose sender may manage the server or group. */
    public Inbound asAdmin() {
        return new Inbound(user, conversation, text, at, isPrivate, locale, displayName, action, space, true);
    }

    /** A copy said in a shared channel or group rather than in private. */
    public Inbound inPublic() {
        return new Inbound(user, conversation, text, at, false, locale, displayName, action, space, fromAdmin);
    }
}
