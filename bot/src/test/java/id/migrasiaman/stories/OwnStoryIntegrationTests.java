package id.migrasiaman.stories;

import static id.migrasiaman.telegram.BotReplies.last;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A returnee telling her story asks who will read it, wants to see it first, moves away, comes
 * back, and later wants to withdraw or delete it: her story is never lost or stored without her
 * knowing, and a question is answered rather than stored as a story (trial 11, D6 D9 D10 D11 D12).
 */
class OwnStoryIntegrationTests extends TelegramChatTest {

    @Autowired MongoDatabase database;

    @Test
    void aQuestionAtConsentIsAnsweredAndTheStoryIsKeptUntilSheChooses() {
        BotConversation yuliana = new BotConversation(BOT_API, 741_001);
        toldUpToConsent(yuliana, "KR");

        List<JsonNode> preview = yuliana.say("boleh sa lihat dulu yang mau ditampilkan?");
        assertThat(text(preview))
                .contains("Tidak ada yang ditampilkan tanpa izin", "Nunukan", Redactor.PHONE)
                .doesNotContain("0812", "Maaf, kami hanya bisa membantu");
        assertThat(BotConversation.buttonData(last(preview))).contains("s:pub:yes", "s:pub:no");

        List<JsonNode> change = yuliana.say("sa mau ubah cerita sa, ada calo di situ");
        assertThat(text(change)).contains("belum tersimpan").doesNotContain("Mau buat laporan");
        assertThat(BotConversation.buttonData(last(change))).contains("s:pub:yes");

        List<JsonNode> back = yuliana.press("m:story");
        assertThat(text(back)).contains("belum selesai");
        assertThat(BotConversation.buttonData(last(back))).contains("s:pub:no");

        assertThat(text(last(yuliana.press("s:pub:no")))).contains("tersimpan");
        assertThat(stories("KR")).hasSize(1);

        List<JsonNode> status = yuliana.say("cerita sa tadi bagaimana? sudah terkirim ko?");
        assertThat(text(status)).contains("hanya untuk petugas", "Nunukan");
    }

    @Test
    void sheCanWithdrawConsentAndDeleteHerStory() {
        BotConversation yuliana = new BotConversation(BOT_API, 741_002);
        toldUpToConsent(yuliana, "SG");
        yuliana.press("s:pub:yes");
        assertThat(stories("SG").get(0).getString("status")).isEqualTo("PENDING");

        List<JsonNode> mine = yuliana.say("sa mau hapus cerita sa");
        assertThat(text(mine)).contains("menunggu dibaca petugas", "Nunukan");
        String withdraw =
                BotConversation.buttonData(last(mine)).stream()
                        .filter(d -> d.startsWith("s:wd:"))
                        .findFirst()
                        .orElseThrow();
        // Someone else pressing her button changes nothing.
        new BotConversation(BOT_API, 741_099).press(withdraw);
        assertThat(stories("SG").get(0).getString("status")).isEqualTo("PENDING");

        assertThat(text(last(yuliana.press(withdraw)))).contains("Izin dicabut");
        assertThat(stories("SG").get(0).getString("status")).isEqualTo("PRIVATE");

        List<JsonNode> english =
                yuliana.say("can I delete or edit my story later? I changed my mind");
        String erase =
                BotConversation.buttonData(last(english)).stream()
                        .filter(d -> d.startsWith("s:del:"))
                        .findFirst()
                        .orElseThrow();
        assertThat(text(english)).doesNotContain("we can only help");
        yuliana.press(erase);
        assertThat(stories("SG")).isEmpty();
    }

    @Test
    void whoReadsAStoryIsAnsweredInsideAndOutsideTheFlow() {
        BotConversation reader = new BotConversation(BOT_API, 741_003);
        reader.press("m:story");
        reader.press("s:read:0");
        assertThat(text(reader.say("nama saya nanti kelihatan ko? sa takut calo tau")))
                .contains("Tidak ada yang ditampilkan tanpa izin")
                .doesNotContain("Cara melaporkan calo");

        BotConversation stranger = new BotConversation(BOT_API, 741_004);
        assertThat(
                        text(
                                stranger.say(
                                        "kalau sa cerita pengalaman, siapa yang baca? nama sa"
                                                + " ditampilkan ko?")))
                .contains("Petugas Satgas membaca setiap cerita")
                .doesNotContain("Maaf, kami hanya bisa membantu");
    }

    @Test
    void aCommandEndsAnUnfinishedStoryAndALaterQuestionIsNotStored() {
        BotConversation yosef = new BotConversation(BOT_API, 741_005);
        yosef.press("s:start");
        yosef.press("s:c:JP");
        yosef.press("s:r:LEGAL");
        yosef.say("Sa pernah kerja di Jepang lewat P3MI, majikan baik.");
        yosef.press("s:done");

        assertThat(text(yosef.say("/jalur"))).contains("tidak disimpan");
        List<JsonNode> asked = yosef.say("paspor berapa hari jadi?");
        assertThat(text(asked)).doesNotContain("Boleh cerita ini ditampilkan");
        assertThat(stories("JP")).isEmpty();
    }

    @Test
    void aQuestionWhileTellingIsAnsweredAndTheStoryGoesOn() {
        BotConversation yosef = new BotConversation(BOT_API, 741_006);
        yosef.press("s:start");
        yosef.press("s:c:TW");
        yosef.press("s:r:LEGAL");
        yosef.say("Sa kerja di pabrik Taiwan tiga tahun lewat P3MI.");
        yosef.press("s:done");

        List<JsonNode> asked = yosef.say("paspor berapa hari jadi?");
        assertThat(text(asked)).doesNotContain("Boleh cerita ini ditampilkan");
        assertThat(text(last(asked))).contains("Apa pesan Anda");
        yosef.say("Urus di Disnaker, jangan lewat calo.");
        yosef.press("s:pub:no");
        assertThat(stories("TW").get(0).getString("advice")).doesNotContain("paspor");
    }

    @Test
    void aLoneDigitIsNotAStory() {
        BotConversation yosef = new BotConversation(BOT_API, 741_007);
        List<JsonNode> replies = yosef.say("1");
        assertThat(text(replies)).doesNotContain("Terima kasih sudah bercerita");
    }

    private static void toldUpToConsent(BotConversation teller, String country) {
        teller.press("s:start");
        teller.press("s:c:" + country);
        teller.press("s:r:NONPROCEDURAL");
        teller.say(
                "Tahun 2022 sa direkrut dari Oesao, kami naik kapal dari Tenau ke Nunukan. Nomor"
                        + " dia 081234567890");
        teller.press("s:done");
        teller.say("jang percaya om-om yang kasi doi ke orang tua. urus di disnaker sa");
    }

    private List<Document> stories(String country) {
        return database.getCollection("stories")
                .find(new Document("country", country))
                .into(new java.util.ArrayList<>());
    }
}
