package id.migrasiaman.conversation;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 13: slips that made the bot look as if it did not listen. A person introducing themselves,
 * or telling a plan or an offer now, was thanked "for telling" and offered to keep it as a story
 * (D7, D35, D45); a reply to an offer check about the money he needs too (D14); a village head's
 * greeting was refused as out of scope (D17); "help" turned an Indonesian greeting English (D30);
 * /batal in the route guide said nothing was open (D40); five questions at the report's first step
 * were filed as the report (D41), and five questions at the top got one answer and no word of the
 * rest (D43).
 */
class TrialThirteenListeningIntegrationTests extends TelegramChatTest {

    private static final String STORY_OFFER = "Terima kasih sudah bercerita";
    private static final String FIVE_QUESTIONS =
            "selamat sore, sy mau tanya bbrp hal: 1) paspor berapa harganya sekarang 2) SKCK"
                    + " dimana buatnya 3) kalau ke Taiwan jadi perawat lansia ada biaya tidak 4)"
                    + " berapa lama sampai berangkat 5) ada penipuan atas nama KP2MI tidak?";

    @Test
    void aFatherWhoIntroducesHimselfIsWelcomedAndHisDaughtersPlanIsChecked() {
        BotConversation father = new BotConversation(BOT_API, 831_001);
        String hello =
                text(
                        father.say(
                                "Selamat malam. Saya bapak dari Amarasi. Anak perempuan saya umur"
                                        + " 16 tahun"));
        assertThat(hello)
                .contains("memperkenalkan diri", "Ceritakan apa yang ingin Anda tanyakan")
                .doesNotContain(STORY_OFFER, "Maaf, kami hanya bisa membantu");
        String plan =
                text(
                        father.say(
                                "Dia bilang temannya mau bawa dia ke Bali dulu, nanti dari Bali ke"
                                        + " Malaysia kerja di restoran"));
        assertThat(plan).contains("tidak boleh dikirim kerja ke luar negeri", "SAPA 129");
    }

    @Test
    void everythingInOneMessageIsTheChildAtRiskNeverAStory() {
        BotConversation father = new BotConversation(BOT_API, 831_002);
        String taken =
                text(
                        father.say(
                                "anak saya umur 16 mau dibawa temannya ke bali dulu lalu ke"
                                        + " malaysia kerja restoran, berangkat sabtu"));
        assertThat(taken)
                .contains("tidak boleh dikirim kerja ke luar negeri", "Polisi 110", "SAPA 129")
                .doesNotContain(STORY_OFFER);
    }

    @Test
    void anEmployerInKotaKinabaluIsWelcomedInEnglish() {
        BotConversation owner = new BotConversation(BOT_API, 831_003, "en");
        String hello = text(owner.say("Hello, I run a small restaurant in Kota Kinabalu, Sabah"));
        assertThat(hello)
                .contains("Thank you for introducing yourself")
                .doesNotContain("Thank you for telling us", "May we keep it as a story");
    }

    @Test
    void aWorkerInHongKongWhoSaysWhereSheWorksIsNotOfferedAStory() {
        BotConversation worker = new BotConversation(BOT_API, 831_004);
        String hello = text(worker.say("kak maaf malam2. aku kerja di hong kong udah 5 bulan"));
        assertThat(hello).contains("memperkenalkan diri").doesNotContain(STORY_OFFER);
        String deducted =
                text(
                        worker.say(
                                "agency potong gaji aku tiap bulan buat bayar loan, katanya biaya"
                                        + " penempatan. total hampir HK$ 20000"));
        assertThat(deducted).contains("biaya penempatan").doesNotContain(STORY_OFFER);
    }

    @Test
    void aVillageHeadsGreetingIsAnsweredWithWhatTheBotDoes() {
        BotConversation head = new BotConversation(BOT_API, 831_005);
        List<JsonNode> replies = head.say("Selamat siang, saya kepala desa di Kupang Timur");
        assertThat(text(replies))
                .contains("memperkenalkan diri")
                .doesNotContain("Maaf, kami hanya bisa membantu");
        assertThat(BotConversation.buttonData(replies.get(replies.size() - 1))).isNotEmpty();
    }

    @Test
    void bigPayAfterACambodiaOfferGetsTheLureTheLegalRouteAndTheFiveQuestions() {
        BotConversation man = new BotConversation(BOT_API, 831_006);
        man.say("bro ada tawaran kerja di kamboja, customer service admin crypto, gaji 15 juta");
        man.say("dapat dari grup telegram. pake visa turis aja katanya nanti di sana diurus");
        String money = text(man.say("tapi gaji besar bro, beta butuh doi"));
        assertThat(money)
                .contains("gaji besar dipakai sebagai umpan", "KUR PMI", "lima hal")
                .contains("Kerja admin/CS/operator di Kamboja", "Jalur resmi")
                .doesNotContain(STORY_OFFER, "10 jabatan bebas biaya");
    }

    @Test
    void aStoryOfThePastIsStillOfferedToBeKept() {
        BotConversation returned = new BotConversation(BOT_API, 831_007);
        String story =
                text(
                        returned.say(
                                "dulu sy kerja di kebun sawit malaysia 2 tahun lewat calo, gaji"
                                        + " sering tidak dibayar, akhirnya sy pulang lewat nunukan"));
        assertThat(story).contains(STORY_OFFER);
    }

    @Test
    void oneEnglishWordDoesNotTurnAnIndonesianGreetingEnglish() {
        BotConversation user = new BotConversation(BOT_API, 831_008);
        String hello = text(user.say("halo, help dong hehe"));
        assertThat(hello).contains("Halo").doesNotContain("Hello!", "Thanks for contacting");
    }

    @Test
    void cancelInTheRouteGuideSaysTheGuideIsClosed() {
        BotConversation user = new BotConversation(BOT_API, 831_009);
        assertThat(text(user.say("/jalur"))).contains("Ke negara mana");
        String cancelled = text(user.say("/batal"));
        assertThat(cancelled)
                .contains("Panduan jalur resmi ditutup", "/jalur")
                .doesNotContain("Tidak ada yang sedang berjalan");
        assertThat(text(user.say("/batal"))).contains("Tidak ada yang sedang berjalan");
    }

    @Test
    void fiveQuestionsAtWhatHappenedAreAnsweredAndNotFiledAndAStaleNumberIsNotStored() {
        BotConversation user = new BotConversation(BOT_API, 831_010);
        assertThat(text(user.say("/lapor"))).contains("1/8");
        String asked = text(user.say(FIVE_QUESTIONS));
        assertThat(asked)
                .contains("Pertanyaan lain di pesan Anda", "SKCK dimana buatnya")
                .contains("tidak kami simpan di laporan", "1/8")
                .doesNotContain("2/8");
        String stale = text(user.say("9"));
        assertThat(stale).contains("tidak kami simpan", "1/8").doesNotContain("2/8");
        String told =
                text(
                        user.say(
                                "calo namanya pak Yos minta uang 5 juta biar cepat berangkat ke"
                                        + " malaysia"));
        assertThat(told).contains("2/8");
    }

    @Test
    void fiveQuestionsInOneMessageGetTheFirstAnsweredAndTheOthersNamed() {
        BotConversation user = new BotConversation(BOT_API, 831_011);
        String asked = text(user.say(FIVE_QUESTIONS));
        assertThat(asked)
                .contains("Rp350.000")
                .contains("Pertanyaan lain di pesan Anda", "Ketik satu per satu")
                .contains("SKCK dimana buatnya", "berapa lama sampai berangkat")
                .contains("ada penipuan atas nama KP2MI tidak?");
        assertThat(asked.substring(asked.indexOf("Pertanyaan lain")))
                .doesNotContain("paspor berapa harganya");
    }
}
