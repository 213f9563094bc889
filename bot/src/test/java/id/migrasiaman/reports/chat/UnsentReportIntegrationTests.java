package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 12 (D24, and D8's side issue): Rio, 15, starts a report, names the calo, then types /jalur;
 * the guide opened and his draft was lost without a word; back in /lapor, a stray "8" became "what
 * happened", "25" the name and "kamu bodoh bot" the kecamatan. A reporter must be warned before a
 * command leaves an unsent report, /lapor must go on with it, a number that is no button and an
 * insult are never stored, and a place typed at the kecamatan buttons is kept as another place on
 * purpose. Maria's opening "sy mau lapor dia" is no fact of the report.
 */
class UnsentReportIntegrationTests extends TelegramChatTest {

    @Test
    void aCommandDoesNotDropHisReportAndStrayAnswersAreNotStored() {
        BotConversation rio = new BotConversation(BOT_API, 822_101);
        rio.say("/lapor");
        rio.say("calo nya janji kerja di kebun sawit, minta uang 3 juta");

        List<JsonNode> route = rio.say("/jalur");
        assertThat(text(route)).contains("belum terkirim").doesNotContain("Pilih negara");
        assertThat(route)
                .anySatisfy(
                        r ->
                                assertThat(BotConversation.buttonData(r))
                                        .contains("r:resume", "r:cancel"));

        String back = text(rio.say("/lapor"));
        assertThat(back).contains("belum terkirim").contains("2/8");

        assertThat(text(rio.say("8"))).contains("Pilih salah satu tombol").contains("2/8");
        assertThat(text(rio.say("pak Yos dari Oesao"))).contains("3/8");
        assertThat(text(rio.say("kamu bodoh bot"))).contains("tidak kami simpan").contains("3/8");
        assertThat(text(rio.say("dekat pasar oesao"))).contains("tempat lain");

        String summary = "";
        for (int i = 0; i < 12 && !summary.contains("Ringkasan laporan"); i++) {
            summary = text(rio.say("lewati"));
        }
        assertThat(summary)
                .contains("Ringkasan laporan")
                .contains("minta uang 3 juta")
                .contains("Lainnya: dekat pasar oesao")
                .doesNotContain("bodoh")
                .doesNotContain("\n8\n");
    }

    @Test
    void inEnglishACommandWarnsBeforeLeavingTheReport() {
        BotConversation rio = new BotConversation(BOT_API, 822_102, "en");
        rio.say("/report");
        rio.say("a man on facebook promised factory work in Taiwan and asked for 5 million");

        String warned = text(rio.say("/topik"));
        assertThat(warned).contains("has not been sent").contains("/topik");
        assertThat(text(rio.say("25"))).contains("Choose one of the buttons");
    }

    @Test
    void herOpeningWishToReportIsNoFactOfTheReport() {
        BotConversation maria = new BotConversation(BOT_API, 822_103);
        maria.say("sy mau lapor dia");
        maria.press("r:start");
        maria.say("kakak di tiktok janji kerja di malaysia gaji 6 juta, sudah kasi uang ke mama");

        String summary = "";
        for (int i = 0; i < 12 && !summary.contains("Ringkasan laporan"); i++) {
            summary = text(maria.say("lewati"));
        }
        assertThat(summary)
                .contains("kakak di tiktok janji kerja")
                .doesNotContain("sy mau lapor dia");
        assertThat(OnlyWantsToReport.said("I want to report a recruiter")).isTrue();
        assertThat(OnlyWantsToReport.said("sy mau lapor calo yg bawa 5 anak ke batam")).isFalse();
    }
}
