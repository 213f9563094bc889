package id.migrasiaman.telegram;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Telegram settings. Without a token the bot runs in local mode (the /try page and the chat CLI).
 *
 * @param token the bot token from {@code TELEGRAM_BOT_TOKEN}; never logged
 * @param apiUrl base URL of the Bot API ({@code TELEGRAM_API_URL}), e.g. a local Bot API server
 * @param pollTimeout long-polling timeout (Telegram clamps it to 50 s)
 * @param staffChatId the chat that receives staff alerts ({@code TELEGRAM_STAFF_CHAT_ID}), or blank
 * @param webhookUrl the public HTTPS address of {@code POST /telegram/webhook} ({@code
 *     TELEGRAM_WEBHOOK_URL}); blank means long polling
 * @param webhookSecret the {@code secret_token} Telegram sends with every webhook call ({@code
 *     TELEGRAM_WEBHOOK_SECRET}, 1–256 of A-Z a-z 0-9 _ -); required with a webhook URL; never
 *     logged
 */
@Validated
@ConfigurationProperties("migrasi.telegram")
public record TelegramSettings(
        @Pattern(
                        regexp = "^$|^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$",
                        message = "TELEGRAM_BOT_TOKEN must look like 123456:ABC-def")
                String token,
        @NotNull URI apiUrl,
        @NotNull Duration pollTimeout,
        @Pattern(
                        regexp = "^$|^-?[0-9]{1,20}$",
                        message = "TELEGRAM_STAFF_CHAT_ID must be a numeric chat id")
                String staffChatId,
        @Pattern(
                        regexp = "^$|^https://[^\\s]+$",
                        message = "TELEGRAM_WEBHOOK_URL must be an https:// address")
                String webhookUrl,
        @Pattern(
                        regexp = "^$|^[A-Za-z0-9_-]{1,256}$",
                        message =
                                "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _"
                                        + " -")
                String webhookSecret) {

    public TelegramSettings {
        if (apiUrl != null
                && !("http".equals(apiUrl.getScheme()) || "https".equals(apiUrl.getScheme()))) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be an http(s) URL");
        }
        if (pollTimeout != null && (pollTimeout.isNegative() || pollTimeout.getSeconds() > 50)) {
            throw new IllegalArgumentException(
                    "migrasi.telegram.poll-timeout must be between 0 and 50 seconds");
        }
        if (webhookUrl != null
                && !webhookUrl.isBlank()
                && (webhookSecret == null || webhookSecret.isBlank())) {
            throw new IllegalArgumentException(
                    "TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL");
        }
    }

    /** Whether updates come by webhook (a token and a webhook URL are set). */
    public boolean webhook() {
        return enabled() && webhookUrl != null && !webhookUrl.isBlank();
    }

    /** Whether a token is configured (otherwise: local mode). */
    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "TelegramSettings[token="
                + (enabled() ? "***" : "none")
                + ", apiUrl="
                + apiUrl
                + ", webhookUrl="
                + (webhookUrl == null || webhookUrl.isBlank() ? "none" : webhookUrl)
                + ", webhookSecret="
                + (webhookSecret == null || webhookSecret.isBlank() ? "none" : "***")
                + "]";
    }
}
