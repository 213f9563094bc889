package id.migrasiaman.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 23 (offers23): kinds of misses read on the dev sets (final19 first), recognised by the
 * editors' patterns of red-flags.yml, in our own wording: an English offer priced in juta, a flight
 * "tomorrow" with words in between, "working in Taiwan in 12 days", phones collected in a shelter,
 * a training in a city at home and then abroad, a child's age written "16 thn", a boat to Malaysia,
 * a Facebook account offering work, money paid into the chairman's account; and the offers that
 * must stay clean: a licensed training before a work visa, a rat path of years ago.
 */
class RedFlagPatternsRoundTwentyThreeTests {

    private static List<String> flags(String offer) {
        return RedFlagPatternsRoundTwentyTwoTests.flags(offer);
    }

    @Test
    void anEnglishOfferPricedInJutaIsAnUpfrontFee() {
        assertThat(
                        flags(
                                "The agent is charging 30 juta to get my cousin into a Korean fishing job"))
                .contains("upfront-fees");
        assertThat(flags("A man says Rp 5 juta admin and you can go to Poland"))
                .contains("upfront-fees");
    }

    @Test
    void aFlightTomorrowOrWorkInTwelveDaysIsAFastDeparture() {
        assertThat(flags("Fly from Kupang to Jakarta tomorrow and then on to Malaysia"))
                .contains("fast-departure");
        assertThat(flags("He promises my brother will be working in Taiwan in 12 days"))
                .contains("fast-departure");
    }

    @Test
    void phonesCollectedBeforeLeavingAreHeldBeforeDeparture() {
        assertThat(flags("They stay in a dormitory for a month, phones collected, then fly"))
                .contains("held-before-departure");
        assertThat(flags("katong tunggu di rumah om, hp dong kumpul samua"))
                .contains("held-before-departure");
    }

    @Test
    void trainingAtHomeThenAbroadIsALocalJobThenAbroad() {
        assertThat(flags("First three months of training in Surabaya, then they go to Singapore"))
                .contains("local-job-then-abroad");
        assertThat(flags("lowongan jaga toko di batam, kalo su satu taun bisa pi malaysia"))
                .contains("local-job-then-abroad");
        assertThat(
                        flags(
                                "Our company is licensed; the training in Jakarta lasts 3 months,"
                                        + " then the workers go to Japan with a work visa"))
                .doesNotContain("local-job-then-abroad");
    }

    @Test
    void aChildsAgeInChatSpellingIsUnderage() {
        assertThat(flags("anak saya 16 thn mau dibawa tantenya ke malaysia"))
                .contains("underage-or-forged");
        assertThat(flags("anak saya 17 tahun lalu kerja di malaysia, sekarang umur 30"))
                .doesNotContain("underage-or-forged");
    }

    @Test
    void aBoatToMalaysiaIsAnIrregularRoute() {
        assertThat(flags("calo bawa anak2 pi sabah naik kapal")).contains("irregular-route");
    }

    @Test
    void aFacebookAccountOfferingWorkIsSocialMediaRecruitment() {
        assertThat(flags("di fb ada yang cari nona2 pi jaga anak di brunei, gaji 6 juta"))
                .contains("social-media-recruitment");
    }

    @Test
    void moneyIntoTheChairmansAccountIsAnUnlicensedAgency() {
        assertThat(flags("Bayar ke rekening ketua yayasan, nanti dikirim ke jepang"))
                .contains("unlicensed-agency");
    }
}
