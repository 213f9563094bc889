package id.migrasiaman.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TelegramSettingsTests {

    private static TelegramSettings with(String token, String webhookUrl, String secret) {
        return new TelegramSettings(
                token,
                URI.create("https://api.telegram.org"),
                Duration.ofSeconds(50),
                "",
                webhookUrl,
                secret);
    }

    @Test
    void modeFollowsTokenAndWebhookUrl() {
        assertThat(with("", "", "").enabled()).isFalse();
        assertThat(with("1:a", "", "").webhook()).isFalse();
        assertThat(with("1:a", "https://x.example/telegram/webhook", "s").webhook()).isTrue();
        assertThat(with("", "https://x.example/telegram/webhook", "s").webhook()).isFalse();
    }

    @Test
    void aWebhookNeedsItsSecret() {
        assertThatThrownBy(() -> with("1:a", "https://x.example/telegram/webhook", ""))
                .hasMessageContaining("TELEGRAM_WEBHOOK_SECRET is required");
    }

    @Test
    void neverPrintsTheTokenOrTheSecret() {
        String text = with("123:SECRETTOKEN", "https://x.example/hook", "hushhush").toString();

        assertThat(text).doesNotContain("SECRETTOKEN", "hushhush").contains("x.example/hook");
    }
}
