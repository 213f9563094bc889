package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 13: an offer told over several messages is checked as one (D6, D27, D45); a man who already
 * bought his ticket to Cambodia is told not to go and what to do if he goes (D11), whom to call
 * there (D12), and that a ticket paid by the recruiter is a scam sign (D13); a caller posing as
 * KP2MI who wants a transfer is a scam (D42).
 */
class OfferRound13IntegrationTests extends TelegramChatTest {

    private static final String NO_MINOR = "tidak boleh dikirim kerja ke luar negeri";
    private static final String NOTHING_FOUND = "Tidak ada tanda yang kami kenali";

    @Test
    void aFatherWhoseDaughterOf16IsTakenViaBaliToMalaysiaIsToldSheCannotGo() {
        BotConversation father = new BotConversation(BOT_API, 827_001);
        father.say("Selamat malam. Saya bapak dari Amarasi. Anak perempuan saya umur 16 tahun");
        String taken =
                text(
                        father.say(
                                "Dia bilang temannya mau bawa dia ke Bali dulu, nanti dari Bali ke"
                                        + " Malaysia kerja di restoran"));
        assertThat(taken)
                .contains(NO_MINOR, "Jangan izinkan dia berangkat", "SAPA 129", "Polisi 110")
                .contains("/lapor")
                .doesNotContain(NOTHING_FOUND);
    }

    @Test
    void allInOneMessageInKupangMalayWithADepartureOnSaturdayIsUrgent() {
        BotConversation mother = new BotConversation(BOT_API, 827_002);
        String taken =
                text(
                        mother.say(
                                "beta pung ana nona umur 16 taon, dong mau bawa dia pi bali dolo"
                                        + " baru pi malaysia, barangkat sabtu"));
        assertThat(taken)
                .contains(NO_MINOR, "telepon Polisi 110 sekarang")
                .doesNotContain("Terima kasih sudah bercerita", NOTHING_FOUND);
    }

    @Test
    void aGroupAtNunukanWithPassportsHeldIsNeverToldThereIsNoSign() {
        BotConversation group = new BotConversation(BOT_API, 827_003);
        group.say("halo kak, sy lagi di pelabuhan nunukan sama 8 teman dari kupang");
        group.say("bos lagi urus kami punya surat2, paspor kami dia yang pegang dulu");
        group.say("nanti nyebrang ke tawau naik speedboat, berapa biasanya ongkosnya?");
        String work = text(group.say("di tawau nanti kerja di kebun sawit, gaji bagus katanya"));
        assertThat(work)
                .contains("Lewat Batam, Nunukan", "Paspor / KTP ditahan")
                .contains("Belum terlambat untuk berhenti", "dideportasi", "0-800-1000")
                .doesNotContain(NOTHING_FOUND);
        String calm = text(group.say("kami aman kok kak, cuma tanya2 aja"));
        assertThat(calm)
                .contains("Paspor / KTP ditahan", "Belum terlambat untuk berhenti")
                .doesNotContain("Kami tidak menemukan tanda bahaya");
    }

    @Test
    void aTicketAlreadyBoughtToPhnomPenhGetsDoNotGoAndCambodiasMission() {
        BotConversation man = new BotConversation(BOT_API, 827_004);
        man.say("bro ada tawaran kerja di kamboja, customer service admin crypto, gaji 15 juta");
        man.say("dapat dari grup telegram. pake visa turis aja katanya nanti di sana diurus");
        String ticket = text(man.say("tiket pesawat dorang yang tanggung. aman ko?"));
        assertThat(ticket)
                .contains("Tiket dan tempat tinggal yang ditanggung perekrut", "bukan negara")
                .doesNotContain("10 jabatan bebas biaya");
        String bought =
                text(
                        man.say(
                                "beta su beli tiket, berangkat lusa dari kupang ke jakarta terus"
                                        + " phnom penh"));
        assertThat(bought)
                .contains("Jangan berangkat", "Kamboja bukan negara penempatan", "0-800-1000")
                .contains("KBRI Phnom Penh", "Safe Travel", "Pegang sendiri paspor")
                .doesNotContain("Maaf, kami hanya bisa membantu");
        String whom = text(man.say("kalau sampai sana ada masalah beta hubungi siapa?"));
        assertThat(whom)
                .contains("KBRI Phnom Penh", "+62 812 9007 0027", "Safe Travel")
                .doesNotContain("Kuala Lumpur", " 999", "Johor");
    }

    @Test
    void theSameManInEnglish() {
        BotConversation man = new BotConversation(BOT_API, 827_005, "en");
        man.say(
                "bro I got a job offer in Cambodia, customer service admin for crypto, salary 15 million");
        String ticket = text(man.say("they pay the plane ticket. is it safe?"));
        assertThat(ticket).contains("scam-job signs").doesNotContain("10 jobs are cost-free");
        String bought =
                text(
                        man.say(
                                "I already bought the ticket, I leave the day after tomorrow from"
                                        + " Kupang to Jakarta then Phnom Penh"));
        assertThat(bought)
                .contains("Do not go", "Cambodia is not a placement country", "KBRI Phnom Penh");
        String whom = text(man.say("if something goes wrong there who do I call?"));
        assertThat(whom)
                .contains("KBRI Phnom Penh", "+62 812 9007 0027")
                .doesNotContain("Kuala Lumpur", " 999");
    }

    @Test
    void aCallerPosingAsKp2miWhoWantsATransferIsAScam() {
        BotConversation caller = new BotConversation(BOT_API, 827_006);
        String id =
                text(
                        caller.say(
                                "ada yang telpon ngaku dari KP2MI minta transfer 2 juta biar cepat"
                                        + " berangkat, itu benar?"));
        assertThat(id).contains("Ini penipuan", "Jangan transfer", "0-800-1000");
        BotConversation english = new BotConversation(BOT_API, 827_007, "en");
        String en =
                text(
                        english.say(
                                "Someone called saying he is from KP2MI and asked me to transfer 2"
                                        + " million rupiah so I can leave faster. Is that real?"));
        assertThat(en).contains("This is a scam", "Do not transfer", "0-800-1000");
    }
}
