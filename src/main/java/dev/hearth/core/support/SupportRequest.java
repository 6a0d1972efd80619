package dev.hearth.core.support;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an admin asked of {@code /support-role}, read from the command's text: the role and staff channel to
 * set (as Discord mentions, {@code <@&id>} and {@code <#id>}, or as bare ids in that order), {@code off}
 * (or {@code true}, as a yes/no option arrives) to turn it off, or nothing to see how it stands.
 */
sealed interface SupportRequest {
    Pattern ROLE = Pattern.compile("<@&(\\d{1,20})>");
    Pattern CHANNEL = Pattern.compile("<#(\\d{1,20})>");
    Pattern ID = Pattern.compile("\\d{1,20}");

    /** Show the current setting. */
    record Status() implements SupportRequest {
    }

    /** Turn the support team off. */
    record Off() implements SupportRequest {
    }

    /** Set this role and channel. */
    record Set(String role, String channel) implements SupportRequest {
    }

    /** Not understood. */
    record Invalid() implements SupportRequest {
    }

    static SupportRequest parse(String args) {
        String text = args == null ? "" : args.strip();
        if (text.isEmpty()) {
            return new Status();
        }
        Optional<String> role = Optional.empty();
        Optional<String> channel = Optional.empty();
        boolean off = false;
        for (String word : text.split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            Matcher r = ROLE.matcher(word);
            Matcher c = CHANNEL.matcher(word);
            if (lower.equals("off")) {
                off = true;
            } else if (r.matches() && role.isEmpty()) {
                role = Optional.of(r.group(1));
            } else if (c.matches() && channel.isEmpty()) {
                channel = Optional.of(c.group(1));
            } else if (ID.matcher(word).matches() && role.isEmpty()) {
                role = Optional.of(word);
            } else if (ID.matcher(word).matches() && channel.isEmpty()) {
                channel = Optional.of(word);
            } else {
                return new Invalid();
            }
        }
        if (off) {
            return role.isEmpty() && channel.isEmpty() ? new Off() : new Invalid();
        }
        if (role.isPresent() && channel.isPresent()) {
            return new Set(role.get(), channel.get());
        }
        return role.isEmpty() && channel.isEmpty() ? new Status() : new Invalid();
    }
}
