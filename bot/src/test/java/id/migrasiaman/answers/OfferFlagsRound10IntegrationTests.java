package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Offers checked through the conversation (Telegram update → safety layer → offer flow → reply),
 * for the kinds a black-box trial and the round-10 own set found unflagged: domestic work in the
 * Middle East (still under the moratorium, FACTS.md 13.1 and 13.4), a job in Bali or Jakarta that
 * "later" moves abroad, Kupang spellings, and salaries read as fees; and their clean neighbours.
 */
class OfferFlagsRound10IntegrationTests extends TelegramChatTest {

    private static final String MORATORIUM = "Kerja rumah tangga di Timur Tengah";
    private static final String LOCAL_THEN_ABROAD = "Kerja di dalam negeri";

    private static String check(long chat, String offer) {
        BotConversation user = new BotConversation(BOT_API, chat);
        user.press("m:offer");
        return user.say(offer).get(0).path("text").asText();
    }

    @Test
    void saudiDomesticWorkIsFlaggedWithTheMoratoriumAndItsSource() {
        String text =
                check(
                        731_001,
                        "ada tanta cari nona par karja jaga ana di rumah orang Saudi, gaji 6 juta"
                                + " sabulan, tiket gratis");
        assertThat(text).contains("🚩", MORATORIUM).contains("Kepmenaker 260/2015", "akhir 2025");
    }

    @Test
    void anEnglishHousemaidOfferInDubaiIsFlagged() {
        String text =
                check(
                        731_002,
                        "A family in Dubai needs a live-in housemaid from Kupang, 1,500 dirham a"
                                + " month, we handle everything");
        // Read as English: the English title.
        assertThat(text).contains("🚩", "Domestic work in the Middle East");
    }

    @Test
    void aNurseInSaudiArabiaOnTheGovernmentSchemeIsNotTheMoratorium() {
        String text =
                check(
                        731_003,
                        "Saya diterima jadi perawat di rumah sakit di Riyadh lewat program G to G"
                                + " KP2MI, kontrak dan visa kerja sudah ada sebelum berangkat");
        assertThat(text).doesNotContain(MORATORIUM);
    }

    @Test
    void aShopJobInBaliThatMovesToMalaysiaIsFlagged() {
        String text =
                check(
                        731_004,
                        "kaka ada karja SPG di mal Denpasar, gaji 2,5 juta. om bilang kalo laris"
                                + " nanti dipindah pi Malaysia, gaji lebe basar");
        assertThat(text).contains("🚩", LOCAL_THEN_ABROAD).contains("Pasal 13");
    }

    @Test
    void aShopJobInBaliAloneIsNoFlag() {
        String text =
                check(
                        731_005,
                        "Saya dapat kerja jaga toko oleh-oleh di Kuta, kontrak tertulis satu tahun,"
                                + " gaji bulanan sesuai UMK");
        assertThat(text).doesNotContain("🚩").contains("bukan berarti tawaran ini aman");
    }

    @Test
    void aKupangSpellingOfPassportIsStillRead() {
        String text =
                check(
                        731_006,
                        "beta pung om bilang pi karja kebun di Sabah, sonde perlu pasport, dia"
                                + " urus smua");
        assertThat(text).contains("🚩", "Pakai visa turis / tanpa paspor");
    }

    @Test
    void aSalaryIsNotAFee() {
        String text =
                check(
                        731_007,
                        "Kerja kebun sawit di Sabah lewat P3MI berizin, gaji 4,5 juta per bulan,"
                                + " perjanjian kerja ditandatangani di BP3MI");
        assertThat(text).doesNotContain("Bayar di muka");
    }
}
