package id.migrasiaman.local;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The local channels: the {@code /try} page and {@code bot.jar chat}. They run in local mode (no
 * Telegram token) and otherwise only when {@code enabled} ({@code MIGRASI_LOCAL_CHANNELS=true}),
 * for a staging bot: anyone who reaches the page can talk to the bot anonymously.
 *
 * @param enabled run the local channels even with a Telegram token
 * @param staffChatId a Telegram chat for the alarms of reports made through the local channels
 *     ({@code MIGRASI_LOCAL_STAFF_CHAT_ID}); without it they alert no one (the real staff chat
 *     never hears of them)
 * @param perMinute messages one client (browser session and address) may send to {@code /try} a
 *     minute
 */
@Validated
@ConfigurationProperties("migrasi.local")
public record LocalSettings(
        boolean enabled,
        @Pattern(
                        regexp = "^$|^-?[0-9]{1,20}$",
                        message = "MIGRASI_LOCAL_STAFF_CHAT_ID must be a numeric chat id")
                String staffChatId,
        @Min(1) @Max(600) int perMinute) {

    /** The longest text the local channels accept: Telegram's own limit. */
    public static final int MAX_TEXT = 4096;

    public LocalSettings {
        staffChatId = staffChatId == null ? "" : staffChatId.strip();
        perMinute = perMinute <= 0 ? 30 : perMinute;
    }

    /** Whether reports from the local channels alert a chat of their own. */
    public boolean alertsStaff() {
        return !staffChatId.isBlank();
    }
}
