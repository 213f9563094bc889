package id.migrasiaman.route;

import static id.migrasiaman.telegram.BotReplies.last;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.BotApplication;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.FakeBotApi;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * "Restart the bot midway and continue where you were", as the issue asks: the whole application
 * (embedded MongoDB on its file, Telegram long polling against WireMock) is closed after five steps
 * and started again on the same data folder; {@code /jalur} then continues at step 6.
 */
class RouteRestartIntegrationTests {

    @TempDir Path data;

    private final FakeBotApi api = new FakeBotApi();
    private ConfigurableApplicationContext bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        api.stop();
    }

    @Test
    void malaysiaDomesticWorkIsWalkedWithSudahAcrossARestartOnTheSameData() {
        bot = start();
        BotConversation person = new BotConversation(api, 780_013);
        assertThat(BotConversation.buttonData(last(person.say("/start")))).contains("m:route");
        assertThat(BotConversation.buttonData(last(person.press("m:route")))).contains("j:c:MY");
        assertThat(BotConversation.buttonData(last(person.press("j:c:MY"))))
                .contains("j:w:domestic");
        StringBuilder walked = new StringBuilder(text(person.press("j:w:domestic"))).append('\n');
        for (int i = 0; i < 5; i++) {
            walked.append(text(person.press("j:d:" + i))).append('\n');
        }

        bot.close();
        bot = start();

        String again = text(person.say("/jalur"));
        assertThat(again)
                .contains("Langkah 6 dari 11")
                .contains("✅ Sudah: Cek agensi &amp; lowongan, Siapkan dokumen &amp; izin");
        for (int i = 5; i < 11; i++) {
            walked.append(text(person.press("j:d:" + i))).append('\n');
        }
        assertThat(walked.toString())
                .contains("🏢 Kantor: Disnaker Kab. Kupang")
                .contains("Imigrasi Kupang")
                .contains("📄 Bawa: KTP")
                .contains("Rp350.000 (PP 45/2024)")
                .contains("Rp37.500 (Permenaker 4/2023");
        assertThat(text(person.press("j:d:11"))).contains("Semua langkah selesai");
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(
                BotApplication.class,
                "--server.port=0",
                "--migrasi.store.embedded-backend=FILE",
                "--migrasi.store.data-dir=" + data,
                "--migrasi.content.dir=" + Path.of("../content").toAbsolutePath().normalize(),
                "--migrasi.telegram.token=" + FakeBotApi.TOKEN,
                "--migrasi.telegram.api-url=" + api.url(),
                "--migrasi.telegram.poll-timeout=0s",
                "--migrasi.transport.private-burst=20",
                "--migrasi.transport.private-interval=100ms",
                "--migrasi.transport.lease=5s",
                "--migrasi.privacy.pseudonym-secret=test-secret-0123456789abcdef",
                "--migrasi.console.admin-user=admin",
                "--migrasi.console.admin-password=kata-sandi-uji-123");
    }
}
