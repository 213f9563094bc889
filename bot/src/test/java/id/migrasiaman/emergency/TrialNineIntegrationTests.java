package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The black-box trial of round 9, told again through Telegram updates: a fisherman at home who
 * pastes an offer into the offer check, a worker hiding in a bathroom in Johor who cannot call, a
 * sister in Oelamasi whose sister is locked in a room in Hong Kong.
 */
class TrialNineIntegrationTests extends TelegramChatTest {

    /** p03/p19: an offer that describes what will happen later, pasted into the offer check. */
    static final String ABK_OFFER =
            "PT manning agency di Pemalang, kerja ABK kapal longline Taiwan, kontrak 2 thn, gaji"
                    + " 500 USD tapi 3 bulan pertama dipotong utk biaya. bayar 7 juta dulu utk buku"
                    + " pelaut, BST, medical. berangkat dari kupang ke jakarta naik kapal, paspor"
                    + " nanti di kapal dipegang kapten";

    @Autowired ReportQueue queue;

    @Test
    void anOfferPastedIntoTheOfferCheckIsCheckedAsAnOfferNotAnAlarm() {
        BotConversation fisherman = new BotConversation(BOT_API, 799_001);
        fisherman.press("m:offer");
        long urgentBefore = queue.urgentWaiting();

        List<JsonNode> checked = fisherman.say(ABK_OFFER);

        String text = text(checked);
        assertThat(text)
                .doesNotContain("Satgas sudah diberi tahu")
                .doesNotContain("Taiwan: telepon 110");
        assertThat(text).contains("tanda bahaya").contains("Bayar di muka").contains("ditahan");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);

        // "is that offer safe?" refers to the offer just checked, never checked as a new offer.
        List<JsonNode> followUp = fisherman.say("jadi tawaran itu aman ko sonde?");
        assertThat(text(followUp)).doesNotContain("Tidak ada tanda yang kami kenali");
        assertThat(text(followUp)).contains("Bayar di muka");
    }

    @Test
    void aPresentDangerInTheOfferCheckStillAlarmsAndGoingBackAsksForTheOfferAgain() {
        BotConversation user = new BotConversation(BOT_API, 799_002);
        user.press("m:offer");

        List<JsonNode> alarm =
                user.say("tolong, sekarang saya dikunci di rumah agen di Kupang, paspor diambil");
        assertThat(text(alarm)).contains("Satgas sudah diberi tahu");

        List<JsonNode> resumed = user.press("em:resume");
        assertThat(text(resumed)).doesNotContain("Silakan lanjutkan dari pertanyaan terakhir");
        assertThat(text(resumed)).contains("Ceritakan tawaran kerja");
        assertThat(BotConversation.buttonData(resumed.get(resumed.size() - 1))).isNotEmpty();

        // A stray "3" is no offer: it is asked for again, not reported as "no signs found".
        List<JsonNode> stray = user.say("3");
        assertThat(text(stray)).doesNotContain("Tidak ada tanda").contains("Ceritakan tawaran");
    }

    @Test
    void aWorkerHidingInJohorWhoCannotCallIsToldWhereToWriteAndWhoAnswers() {
        BotConversation worker = new BotConversation(BOT_API, 799_003, "en");
        List<JsonNode> alarm =
                worker.say(
                        "Hello. I am from Kupang, working as a maid in Johor Bahru. My employer"
                                + " locked me in the house and took my passport. He hit me"
                                + " yesterday. I am writing from the bathroom. What should I do?");
        String code = StaffChat.codeIn(text(alarm));

        List<JsonNode> how =
                worker.say(
                        "I cannot call, he will hear me. Can I only send a message? Which one is"
                                + " fastest?");
        assertThat(text(how))
                .doesNotContain("we can only help with")
                .contains("+60105288040")
                .contains(code)
                .contains("reply in this chat");

        List<JsonNode> when = worker.say("ok. when will someone reply to me? my battery is 15%");
        assertThat(text(when)).contains("reply in this chat").doesNotContain("Is it for that");

        // Her friend's age and the agent's town at home are facts, not a move to Indonesia.
        List<JsonNode> friend =
                worker.say(
                        "my friend also here, she is 17 years old. the agent in Kupang said it is"
                                + " legal");
        assertThat(text(friend)).doesNotContain("call 110").doesNotContain("call 129");
        assertThat(queue.find(code).orElseThrow().messages())
                .anySatisfy(m -> assertThat(m.text()).contains("17 years old"));
    }

    @Test
    void aSisterAtHomeAskingWhichNumberFirstGetsTheHongKongConsulateFirst() {
        BotConversation sister = new BotConversation(BOT_API, 799_004);
        List<JsonNode> alarm =
                sister.say(
                        "sa pung kaka di hongkong baru telpon, dia menangis, majikan pukul dia"
                                + " trus kunci dia di kamar. dia sonde dikasi makan dari kemarin");
        assertThat(text(alarm)).contains("Satgas sudah diberi tahu");

        List<JsonNode> first = sister.say("sa harus telpon nomor yang mana dulu? sa di Oelamasi");

        String text = text(first);
        assertThat(text).contains("+852 6773 0466").doesNotContain("Polisi (call center Polri)");
        assertThat(text.indexOf("+852")).isLessThan(text.indexOf("Satgas"));
    }

    @Test
    void dangerMidFamilyReportGivesOneUrgentReportAndTheFamilyQuestionsJoinIt() {
        BotConversation sister = new BotConversation(BOT_API, 799_005);
        sister.say("/keluarga");
        long before = queue.urgentWaiting();
        List<JsonNode> alarm =
                sister.say(
                        "kk tunggu dulu. sa pung kaka di hongkong baru telpon, dia menangis, majikan"
                                + " pukul dia trus kunci dia di kamar. dia sonde dikasi makan dari"
                                + " kemarin");
        String code = StaffChat.codeIn(text(alarm));

        List<JsonNode> resumed = sister.press("em:resume");

        // Not asked again whether someone is in danger: the family's answers join the alarm.
        assertThat(text(resumed))
                .doesNotContain("dalam bahaya sekarang?")
                .contains(code)
                .contains("Siapa namanya");
        sister.say("Maria Seran");
        sister.press("f:danger:yes");
        assertThat(queue.urgentWaiting()).isEqualTo(before + 1);
        assertThat(queue.find(code).orElseThrow().messages())
                .anySatisfy(m -> assertThat(m.text()).contains("Maria Seran"));
    }

    @Test
    void aFatherWhoOpenedTheFamilyReportIsAskedWhatTheProblemIsAndSatgasGetsIt() {
        BotConversation father = new BotConversation(BOT_API, 799_006);
        father.say("/keluarga");
        father.press("f:danger:no");
        father.press("f:offer:yes");
        father.say("Yohanis Tallo");
        father.say("kapal ikan Taiwan");
        father.say("PT Bahari Jaya Samudra di Jakarta Utara");

        List<JsonNode> problem = father.say("minggu lalu lewat WA");
        assertThat(text(problem)).contains("Apa masalahnya?");
        assertThat(text(father.say("gaji 8 bulan tidak masuk ke rekening keluarga")))
                .contains("menghubungi");
        List<JsonNode> summary = father.press("f:contact:no");
        assertThat(text(summary)).contains("Masalah: gaji 8 bulan tidak masuk");

        String code = StaffChat.codeIn(text(father.press("f:send")));
        assertThat(queue.find(code).orElseThrow().facts().what()).contains("gaji 8 bulan");
    }

    /**
     * Trial 10, N1: a young woman guarded at Tenau port, to be shipped to Nunukan and on to
     * Malaysia tonight, got Malaysia's numbers first and kept getting them after "sa masih di
     * kupang".
     */
    @Test
    void aWomanGuardedAtTenauBeforeLeavingGetsTheIndonesianNumbersFirst() {
        BotConversation woman = new BotConversation(BOT_API, 799_010);
        List<JsonNode> alarm =
                woman.say(
                        "kaka tolong, sa sekarang di pelabuhan tenau dengan 5 nona lain. om yang"
                                + " bawa katong bilang malam ini naik kapal ke nunukan trus masuk"
                                + " malaysia. dia su ambil katong pung KTP. sa takut, sa mau pulang"
                                + " tapi dia jaga katong");
        String first = alarm.get(0).path("text").asText();
        assertThat(first).contains("110").doesNotContain("Nomor darurat di Malaysia");
        assertThat(text(alarm)).contains("Satgas sudah diberi tahu");

        List<JsonNode> police = woman.say("nomor polisi di kupang berapa?");
        assertThat(text(police))
                .contains("110")
                .doesNotContainPattern("(?<![A-Z0-9-])999(?![A-Z0-9])");
    }

    @Test
    void stillAtHomeBeforeLeavingMovesTheNumbersBackToIndonesia() {
        BotConversation woman = new BotConversation(BOT_API, 799_011);
        woman.say(
                "tolong kak, agen kunci kami di rumah penampungan, besok mau dikirim ke malaysia,"
                        + " paspor diambil");
        List<JsonNode> still =
                woman.say("sa masih di kupang, belum berangkat. sa harus telpon nomor mana?");
        assertThat(text(still)).contains("110");
    }

    /** Trial 10, N3: a worker in Hong Kong who cannot go on got only numbers and "added". */
    @Test
    void aWorkerWhoCannotGoOnIsHeardNotOnlyFiled() {
        BotConversation worker = new BotConversation(BOT_API, 799_012);
        List<JsonNode> first =
                worker.say(
                        "sa kerja di hongkong su 2 thn. majikan sonde pukul, tapi sa capek sekali,"
                                + " gaji dipotong agensi terus, sa sonde kuat lagi. rasanya mau mati"
                                + " sa");
        assertThat(first.get(0).path("text").asText()).contains("999");
        assertThat(text(first)).contains("Anda tidak sendirian");

        List<JsonNode> listen =
                worker.say("sa sonde mau telpon polisi. sa cuma mau ada orang dengar sa");
        assertThat(text(listen)).contains("Anda tidak sendirian");
    }
}
