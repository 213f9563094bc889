package id.migrasiaman.conversation;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 15's chat trial, told as the people in it: a domestic worker in Hong Kong who only said
 * hello and who she is got the emergency-numbers card; a widow got "Turut berduka" and the same
 * offices twice; a story about a broker who still recruits was only offered to be kept as a story;
 * a deported man's second question got the first card again; and follow-ups ("where is the
 * office?", "berapa lama?") after an answer did not refer to it.
 */
class RoundFifteenDialogueIntegrationTests extends TelegramChatTest {

    private static final String STORY_OFFER = "Mau kami simpan sebagai cerita";

    @Test
    void aDomesticWorkerInHongKongWhoSaysHelloIsGreetedAndAskedWhatSheNeeds() {
        BotConversation worker = new BotConversation(BOT_API, 836_001);
        List<JsonNode> replies = worker.say("halo kak, aku PRT di hong kong");
        String hello = text(replies);
        assertThat(hello)
                .contains("memperkenalkan diri", "Hong Kong", "apa yang bisa kami bantu")
                .doesNotContain("Bantuan darurat di negara tujuan", "999", STORY_OFFER);
        List<String> buttons = BotConversation.buttonData(replies.get(replies.size() - 1));
        assertThat(buttons)
                .contains(
                        "t:rights-abroad",
                        "t:placement-loan-abroad",
                        "t:unpaid-wages-abroad",
                        "t:lost-passport-abroad",
                        "m:emergency");
        // What she asks next is answered for a worker abroad, not the greeting again.
        String deducted = text(worker.press("t:placement-loan-abroad"));
        assertThat(deducted).contains("biaya penempatan");
    }

    @Test
    void aHelperInSingaporeWhoIntroducesHerselfInEnglishIsGreetedTheSameWay() {
        BotConversation worker = new BotConversation(BOT_API, 836_002, "en");
        String hello = text(worker.say("hi, I'm a domestic helper in Singapore"));
        assertThat(hello)
                .contains("Thank you for introducing yourself", "Singapore", "how can we help")
                .doesNotContain("Emergency help in the destination country");
    }

    @Test
    void someoneWhoPlansToGoOrAsksIsNotGreetedAsAWorkerAbroad() {
        BotConversation user = new BotConversation(BOT_API, 836_003);
        String plan = text(user.say("halo kak, aku mau kerja di hong kong, syaratnya apa?"));
        assertThat(plan).doesNotContain("Anda bekerja di");
    }

    @Test
    void aWidowHearsCondolencesOnceWithTheOfficesTheInsuranceAndTheSources() {
        BotConversation widow = new BotConversation(BOT_API, 836_004);
        widow.say("selamat sore kak");
        List<JsonNode> replies =
                widow.say(
                        "beta pung laki meninggal waktu karja di malaysia, di kebun sawit di sabah."
                                + " beta sonde tau mau bikin apa");
        String grief = text(replies);
        assertThat(replies).hasSize(1);
        assertThat(grief)
                .contains("Kami turut berduka", "BP3MI NTT", "Konsulat RI Tawau", "0-800-1000")
                .contains("BPJS Ketenagakerjaan", "JKM", "Jangan bayar dulu", "Sumber:");
        assertThat(count(grief.toLowerCase(), "turut berduka")).isEqualTo(1);
        assertThat(count(grief, "Jl. Perintis Kemerdekaan")).isEqualTo(1);
        assertThat(BotConversation.buttonData(replies.get(0))).contains("more:death-abroad");
        // Who pays for the body is a follow-up on the same topic, not the card a second time.
        String pays = text(widow.say("beta mau bawa pulang dia pung jenazah. siapa yang bayar?"));
        assertThat(pays)
                .contains("belum ada di sumber kami")
                .doesNotContain("Turut berduka", "Kami turut berduka");
    }

    @Test
    void aStoryAboutABrokerWhoStillRecruitsOffersTheReportFirstAndKeepsTheStory() {
        BotConversation returned = new BotConversation(BOT_API, 836_005);
        String story =
                "dulu sy berangkat ke malaysia lewat calo. calo itu dulu janji gaji 4 juta,"
                        + " ternyata cuma dapat 1 juta. sy sudah pulang tahun lalu. calo itu"
                        + " sampai sekarang masih cari orang di kampung";
        List<JsonNode> replies = returned.say(story);
        assertThat(text(replies)).contains("masih mencari orang", "Laporkan dia");
        List<String> buttons = BotConversation.buttonData(replies.get(replies.size() - 1));
        assertThat(buttons.get(0)).isEqualTo("m:report");
        assertThat(buttons).contains("s:start");
        // Reporting takes what she told as "what happened" and asks who the broker is.
        String report = text(returned.press("m:report"));
        assertThat(report)
                .contains("sudah kami masukkan", "2/8")
                .doesNotContain("1/8", "belum tersimpan");
    }

    @Test
    void aStoryOfThePastWhoseBrokerIsGoneIsStillOfferedAsAStory() {
        BotConversation returned = new BotConversation(BOT_API, 836_006);
        String story =
                text(
                        returned.say(
                                "dulu sy kerja di kebun sawit malaysia 2 tahun lewat calo, gaji"
                                        + " sering tidak dibayar, akhirnya sy pulang lewat"
                                        + " nunukan"));
        assertThat(story).contains(STORY_OFFER).doesNotContain("masih mencari orang");
    }

    @Test
    void theDeporteesSecondQuestionGetsWhatTheCardDidNotSayNotTheSameCard() {
        BotConversation man = new BotConversation(BOT_API, 836_007);
        String first =
                text(
                        man.say(
                                "selamat pagi. sy tahun lalu dideportasi dari malaysia, skrg mau"
                                        + " balik kerja tp yg resmi. bisa kah?"));
        assertThat(first).contains("Mulai dari Disnaker");
        String second =
                text(
                        man.say(
                                "sy dulu pi lewat calo, ada cap deportasi di paspor. itu blok sy ko?"));
        assertThat(second)
                .contains("masih soal", "cap deportasi", "Imigrasi Kupang")
                .doesNotContain("Mulai dari Disnaker, jangan lewat calo lagi");
        String debt =
                text(
                        man.say(
                                "sy masih utang di calo 6 juta, dia bilang kalo sy pi lagi lewat"
                                        + " dia, utang lunas. bagaimana?"));
        assertThat(debt).contains("jeratan utang");
    }

    @Test
    void followUpsReferToTheAnswerJustGivenInIndonesian() {
        BotConversation user = new BotConversation(BOT_API, 836_008);
        user.say("bagaimana cara daftar jadi PMI di disnaker?");
        assertThat(text(user.say("di mana kantornya?")))
                .contains("Tentang", "Disnakertrans Kabupaten Kupang belum kami temukan");
        String howLong = text(user.say("berapa lama prosesnya?"));
        assertThat(howLong)
                .contains("berapa lama waktunya belum disebut di sumber kami")
                .doesNotContain("jam buka", "SISKOTKLN");
        assertThat(text(user.say("itu gratis ko?"))).contains("Pendaftaran gratis");
    }

    @Test
    void followUpsReferToTheOfferJustCheckedInKupangMalay() {
        BotConversation user = new BotConversation(BOT_API, 836_009);
        user.say(
                "ada om satu tawarin beta karja di kebun sawit malaysia, gaji 5 juta, tapi musti"
                        + " bayar 3 juta dolo par urus paspor deng visa");
        assertThat(text(user.say("itu resmi ko sonde?"))).contains("Tawaran tadi");
        assertThat(text(user.say("barapa doi musti bayar?"))).contains("Tentang tawaran tadi");
    }

    @Test
    void followUpsReferToTheAnswerJustGivenInEnglish() {
        BotConversation user = new BotConversation(BOT_API, 836_010, "en");
        user.say("how do I get a passport to work abroad?");
        assertThat(text(user.say("how long does it take?"))).contains("three days");
        assertThat(text(user.say("how much does it cost?"))).contains("Rp350,000");
        assertThat(text(user.say("where is the office?")))
                .contains("Kantor Imigrasi", "Kupang")
                .doesNotContain("we don't have a sure answer");
    }

    @Test
    void aFollowUpAfterAnOfferCheckIsAboutThatOfferInEnglish() {
        BotConversation user = new BotConversation(BOT_API, 836_011, "en");
        String offer =
                text(
                        user.say(
                                "Job offer: factory work in Malaysia, salary 5 million, pay 3"
                                        + " million upfront for the visa, leave next week on a"
                                        + " tourist visa"));
        assertThat(offer).containsIgnoringCase("warning");
        assertThat(text(user.say("is it legal?"))).contains("The offer you sent");
    }

    @Test
    void aFifteenYearOldWhoWillHideTheTripFromHerMotherIsToldNotToGoInSecret() {
        BotConversation girl = new BotConversation(BOT_API, 836_012);
        girl.say("kak aku mau tanya");
        girl.say(
                "aku umur 15 thn, ada tante yg tawarin kerja jd pelayan restoran di bali, tiket dia"
                        + " yg bayar");
        girl.say("kata tante nanti lanjut ke malaysia, gaji besar");
        String secret = text(girl.say("tp aku ga mau bilang mama dulu, takut dilarang"));
        assertThat(secret)
                .contains("Jangan berangkat diam-diam", "mama", "SAPA 129", "18 tahun")
                .doesNotContain(STORY_OFFER, "Terima kasih sudah bercerita");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
