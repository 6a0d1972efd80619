package dev.hearth.platform.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How Hearth reaches the Telegram Bot API: the bot token from BotFather and the API's base URL
 * ({@value #DEFAULT_API_URL}, or a self-hosted Bot API server such as {@code http://localhost:8081}).
 * The lead maps {@code TELEGRAM_BOT_TOKEN} and {@code telegram.api-url} / {@code TELEGRAM_API_URL} into it.
 *
 * <p>The constructor rejects a blank token or a URL that is not a scheme, host and optional port with an
 * {@link IllegalArgumentException} whose message is one sentence fit for the operator.
 * {@link #toString()} never shows the token.
 */
public record TelegramSettings(String token, String apiUrl) {
    /** The public Bot API. */
    public static final String DEFAULT_API_URL = "https://api.telegram.org";

    public TelegramSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The Telegram bot token is empty; set TELEGRAM_BOT_TOKEN.");
        }
        token = token.strip();
        if (token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("The Telegram bot token contains spaces; copy it again from BotFather.");
        }
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip();
        parse(apiUrl);
    }

    /** Settings for the public Bot API. */
    public static TelegramSettings of(String token) {
        return new TelegramSettings(token, DEFAULT_API_URL);
    }

    /** The API's host and port, for messages to the operator; never the token. */
    public String apiHost() {
        TelegramUrl url = telegramUrl();
        return url.getHost() + ":" + url.getPort();
    }

    /** The endpoint in the form the telegrambots library takes. */
    TelegramUrl telegramUrl() {
        return parse(apiUrl);
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=(hidden), apiUrl=" + apiUrl + "]";
    }

    private static TelegramUrl parse(String apiUrl) {
        URI uri;
        try {
            uri = new URI(apiUrl);
        } catch (URISyntaxException e) {
            throw badUrl(apiUrl);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw badUrl(apiUrl);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        // The library builds /bot<token>/<method> itself, so a base path cannot be honoured.
        if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
            throw badUrl(apiUrl);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }

    private static IllegalArgumentException badUrl(String apiUrl) {
        return new IllegalArgumentException("The Telegram API URL '" + apiUrl
                + "' must be http or https with a host and an optional port, and no path.");
    }
}
