package id.migrasiaman.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.FakeBotApi;
import id.migrasiaman.telegram.UpdateFixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Photos, documents and voice notes outside a flow, captions, and edited messages, as a new user
 * sends them (the shared Telegram fixtures moved into a private chat).
 */
class MediaAndEditsIntegrationTests extends TelegramChatTest {

    private static final String NOT_READABLE = "belum bisa membaca pesan jenis ini";
    private static final byte[] FILE = "fake-file-bytes".repeat(50).getBytes();

    @Autowired ReportQueue queue;

    @BeforeEach
    void api() {
        BOT_API.server()
                .stubFor(
                        post(FakeBotApi.method("getFile"))
                                .willReturn(
                                        okJson(
                                                "{\"ok\":true,\"result\":{\"file_id\":\"FILEID\",\"file_unique_id\":\"uF\",\"file_size\":"
                                                        + FILE.length
                                                        + ",\"file_path\":\"documents/file_3.txt\"}}")));
        BOT_API.server()
                .stubFor(
                        get(urlPathEqualTo(
                                        "/file/bot" + FakeBotApi.TOKEN + "/documents/file_3.txt"))
                                .willReturn(aResponse().withBody(FILE)));
    }

    @Test
    void aVoiceNoteOutsideAFlowGetsAChoiceNotADeadEnd() {
        BotConversation user = new BotConversation(BOT_API, 780_001);
        List<JsonNode> replies =
                user.deliver(UpdateFixtures.inPrivateChat("07-message-voice.json", 780_001));
        assertThat(text(replies)).doesNotContain(NOT_READABLE).contains("pesan suara");
        assertThat(BotConversation.buttonData(last(replies)))
                .containsExactly("md:new", "md:code", "m:offer", "md:none");
        assertThat(text(user.press("md:none"))).contains("tidak kami simpan");
    }

    @Test
    void aDocumentIsAddedToTheReportWhoseCodeTheSenderGives() {
        String code =
                queue.submit(
                                ReportDraft.builder("media-test:" + System.nanoTime(), "telegram")
                                        .reporter("pseudo-media", "id")
                                        .what("calo di Oesao", null)
                                        .build())
                        .code();
        BotConversation user = new BotConversation(BOT_API, 780_002);
        List<JsonNode> replies =
                user.deliver(UpdateFixtures.inPrivateChat("06-message-document.json", 780_002));
        assertThat(text(replies)).contains("dokumen").doesNotContain(NOT_READABLE);
        assertThat(text(user.press("md:code"))).contains("kode laporan");
        assertThat(text(user.say("ini kodenya " + code))).contains("Ditambahkan").contains(code);
        Report report = queue.find(code).orElseThrow();
        assertThat(report.evidence()).hasSize(1);
        assertThat(report.newInfo()).isTrue();
    }

    @Test
    void aPhotoBecomesTheFirstEvidenceOfANewReport() {
        BotConversation user = new BotConversation(BOT_API, 780_003);
        user.sendPhoto("FILEID", FILE.length, null);
        assertThat(text(user.press("md:new")))
                .contains("Laporkan calo")
                .contains("Apa yang terjadi");
        user.say("Ada om yang janji kerja di Malaysia");
        for (int i = 0; i < 12; i++) {
            String lastText = last(user.sent()).path("text").asText();
            if (lastText.contains("menghubungi")) {
                break;
            }
            user.press("r:skip");
        }
        assertThat(text(user.press("r:contact:no"))).contains("Ringkasan").contains("Bukti: 1");
    }

    @Test
    void aPhotographedOfferWithACaptionIsCheckedAsAnOffer() {
        BotConversation user = new BotConversation(BOT_API, 780_004);
        List<JsonNode> replies =
                user.sendPhoto(
                        "FILEID",
                        FILE.length,
                        "Lowongan kerja Malaysia gaji 8 juta, tidak perlu paspor, berangkat"
                                + " minggu depan, bayar 5 juta dulu");
        assertThat(text(replies)).contains("tanda bahaya").doesNotContain(NOT_READABLE);
    }

    @Test
    void theSharedPhotoWithCaptionFixtureIsAnswered() {
        BotConversation user = new BotConversation(BOT_API, 780_005);
        List<JsonNode> replies =
                user.deliver(
                        UpdateFixtures.inPrivateChat("05-message-photo-caption.json", 780_005));
        assertThat(text(replies)).doesNotContain(NOT_READABLE);
        assertThat(BotConversation.buttonData(last(replies))).contains("md:new", "md:none");
    }

    @Test
    void anEditIsNotHandledAgainAndTheFlowKeepsItsPlace() {
        long chat = 780_006;
        BotConversation user = new BotConversation(BOT_API, chat);
        user.say("/lapor");
        List<JsonNode> edited =
                user.deliver(UpdateFixtures.editedText(chat, "ralat: calo di Oesao"));
        assertThat(text(edited)).contains("Pesan yang diubah tidak kami proses ulang");
        // The report still waits for its first answer.
        assertThat(text(user.say("Ada om yang janji kerja di Malaysia")))
                .contains("Siapa orangnya");

        // A second edit soon after is ignored quietly: only the answer to the next message comes.
        BOT_API.deliverOnce("[" + UpdateFixtures.editedText(chat, "ralat lagi") + "]");
        List<JsonNode> next = user.say("/batal");
        assertThat(text(next)).doesNotContain("Pesan yang diubah").contains("Dibatalkan");
    }

    @Test
    void anEditThatNowSpeaksOfDangerIsAnswered() {
        long chat = 780_007;
        BotConversation user = new BotConversation(BOT_API, chat);
        List<JsonNode> replies =
                user.deliver(
                        UpdateFixtures.editedText(
                                chat,
                                "tolong saya dikunci majikan, paspor diambil, tidak dikasih makan"));
        assertThat(text(replies)).contains("0-800-1000").doesNotContain("Pesan yang diubah");
    }

    @Test
    void anEditInAGroupIsIgnored() {
        ObjectNode groupEdit = (ObjectNode) UpdateFixtures.read("04-edited-message-text.json");
        groupEdit.put("update_id", 9_400_000 + System.nanoTime() % 100_000);
        BotConversation user = new BotConversation(BOT_API, 780_008);
        BOT_API.deliverOnce("[" + groupEdit + "]");
        assertThat(text(user.say("/menu"))).contains("Apa yang bisa kami bantu");
        assertThat(new BotConversation(BOT_API, -10011869112345L).sent()).isEmpty();
    }

    private static JsonNode last(List<JsonNode> replies) {
        return replies.get(replies.size() - 1);
    }
}
