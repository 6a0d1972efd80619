package dev.hearth.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TelegramSettingsTest {

    @Test
    @DisplayName("without an API URL the public Bot API is used")
    void defaultUrl() {
        TelegramSettings settings = new TelegramSettings("123:abc", null);

        assertThat(settings.apiUrl()).isEqualTo(TelegramSettings.DEFAULT_API_URL);
        assertThat(settings.apiHost()).isEqualTo("api.telegram.org:443");
        assertThat(settings.telegramUrl().getSchema()).isEqualTo("https");
    }

    @Test
    @DisplayName("a self-hosted Bot API server is reached at its host and port")
    void selfHosted() {
        TelegramSettings settings = new TelegramSettings("123:abc", "http://localhost:8081/");

        assertThat(settings.telegramUrl().getHost()).isEqualTo("localhost");
        assertThat(settings.telegramUrl().getPort()).isEqualTo(8081);
        assertThat(settings.telegramUrl().getSchema()).isEqualTo("http");
    }

    @Test
    @DisplayName("the token never shows in toString")
    void tokenHidden() {
        assertThat(new TelegramSettings("123:very-secret", null).toString()).doesNotContain("very-secret");
    }

    @Test
    @DisplayName("a blank token or a URL with a path is refused with one sentence")
    void invalid() {
        assertThatThrownBy(() -> new TelegramSettings("  ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TELEGRAM_BOT_TOKEN");
        assertThatThrownBy(() -> new TelegramSettings("123:abc", "https://example.org/telegram"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("no path.");
        assertThatThrownBy(() -> new TelegramSettings("123:abc", "ftp://example.org"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
