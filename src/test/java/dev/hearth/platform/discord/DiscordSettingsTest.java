package dev.hearth.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    @Test
    @DisplayName("settings never print the token")
    void hidesToken() {
        DiscordSettings settings = new DiscordSettings("secret-token-value", 4, 2, 3);

        assertThat(settings.toString()).doesNotContain("secret-token-value").contains("2..3").contains("4");
        assertThat(settings.shardCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("an empty token or an impossible shard range is refused with a sentence")
    void refusesBadSettings() {
        assertThatThrownBy(() -> DiscordSettings.singleShard("  ")).hasMessageContaining("token is empty");
        assertThatThrownBy(() -> new DiscordSettings("t", 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiscordSettings("t", 2, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiscordSettings("t", 2, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiscordSettings("t", 2, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Hearth asks for no privileged gateway intent")
    void minimalIntents() {
        assertThat(JdaShardManagerFactory.INTENTS)
                .containsExactlyInAnyOrder(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES)
                .doesNotContainAnyElementsOf(EnumSet.of(
                        GatewayIntent.MESSAGE_CONTENT, GatewayIntent.GUILD_MEMBERS, GatewayIntent.GUILD_PRESENCES));
    }
}
