package id.migrasiaman.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.lint.ContentLintTests;
import id.migrasiaman.knowledge.lint.ContentValidator;
import id.migrasiaman.knowledge.live.PatternOfferChecker;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Realistic offers against the repository's red-flags.yml, plus the checker's own rules. */
class OfferCheckerTests {

    private static OfferChecker checker;

    @BeforeAll
    static void loadRedFlags() {
        checker = OfferChecker.fromDirectory(ContentLintTests.CONTENT);
    }

    private static List<String> flags(String offer) {
        return checker.check(offer).stream().map(RedFlagHit::flagId).toList();
    }

    @Test
    void indonesianOffer() {
        assertThat(
                        flags(
                                "Ada lowongan di Malaysia, berangkat pakai visa turis saja, nanti izin"
                                        + " kerja diurus setelah sampai. Bayar dulu 5 juta untuk tiket. Paspor kamu"
                                        + " ditahan agen supaya aman."))
                .containsExactly("visit-visa", "upfront-fees", "documents-held");
    }

    @Test
    void chatStyleOffer() {
        assertThat(
                        flags(
                                "sy dpt tawaran kerja di malaysia dr grup WA, katanya 3 hari langsung"
                                        + " berangkat gk perlu ribet, kontrak nanti di sana"))
                .containsExactly("no-contract", "fast-departure", "social-media-recruitment");
    }

    @Test
    void kupangMalayOffer() {
        assertThat(
                        flags(
                                "Sponsor kasi doi sirih pinang ke beta pung mama, ko beta pi lewat"
                                        + " Nunukan, sonde pake paspor"))
                .containsExactly(
                        "visit-visa", "cash-to-family", "irregular-route", "unlicensed-agency");
    }

    @Test
    void englishOffer() {
        assertThat(
                        flags(
                                "The agent says I can go on a tourist visa and get the work permit after"
                                        + " arrival. He will keep my passport. I am 16, he will change my age."))
                .containsExactly("visit-visa", "documents-held", "underage-or-forged");
    }

    @Test
    void recruiterKeepingThePassportInActiveVoice() {
        assertThat(flags("Paspor kamu saya pegang")).containsExactly("documents-held");
        assertThat(flags("paspornya kami simpan dulu")).containsExactly("documents-held");
        assertThat(flags("paspor saya simpan sendiri di rumah")).isEmpty();
    }

    @Test
    void routeThroughBatamWrittenAsAChain() {
        assertThat(flags("lewat Kupang - Surabaya - Batam - Johor"))
                .containsExactly("irregular-route");
        assertThat(flags("dari Batam naik kapal ke Johor")).containsExactly("irregular-route");
    }

    @Test
    void contractGivenOnlyAfterArrival() {
        assertThat(flags("Kontrak kerja dikasih waktu sudah sampai di Malaysia"))
                .containsExactly("no-contract");
        assertThat(flags("kontrak kerja dikasih sebelum berangkat")).isEmpty();
    }

    @Test
    void noTrainingAndLeavingNextWeekInEnglish() {
        assertThat(flags("no need for training, leave next week"))
                .containsExactly("fast-departure");
        assertThat(flags("We must finish the training before we leave")).isEmpty();
    }

    @Test
    void theLegalRouteRaisesNoFlag() {
        assertThat(
                        flags(
                                "Saya sudah daftar di Disnaker Kabupaten Kupang, ikut OPP di BP3MI NTT"
                                        + " dan sudah tanda tangan perjanjian kerja sebelum berangkat."))
                .isEmpty();
        assertThat(checker.check("")).isEmpty();
        assertThat(checker.check(null)).isEmpty();
    }

    @Test
    void addsTheFlagsTheModelsRecognisedInFileOrder() {
        assertThat(
                        checker
                                .check(
                                        "Om itu bilang minggu depan bisa jalan",
                                        List.of(
                                                "online-scam",
                                                "underage-or-forged",
                                                "no-such-flag"))
                                .stream()
                                .map(RedFlagHit::flagId))
                .containsExactly("underage-or-forged", "fast-departure", "online-scam");
    }

    @Test
    void theNewFlagsHavePatternsForEditors() {
        assertThat(flags("dia tunjuk foto bersama bupati supaya kami percaya"))
                .containsExactly("official-photos");
        assertThat(flags("kami ditampung di kos di Sikumana, tidak boleh keluar"))
                .contains("held-before-departure");
        assertThat(flags("lowongan admin di Kamboja gaji 15 juta")).contains("online-scam");
    }

    @Test
    void roundTenPatternsForEditors() {
        // Domestic work in a moratorium country (FACTS.md 13.1, 13.4), either word order.
        assertThat(flags("lowongan PRT di Kuwait gaji 5 juta"))
                .contains("moratorium-domestic-work");
        assertThat(flags("Qatar family needs a nanny, free ticket"))
                .contains("moratorium-domestic-work");
        assertThat(flags("perawat rumah sakit di Riyadh lewat G to G")).isEmpty();
        assertThat(flags("hotel housekeeper in Dubai through a licensed P3MI")).isEmpty();
        // A job in Indonesia that later moves abroad.
        assertThat(flags("kerja di salon Bali dulu, nanti dipindah ke Malaysia"))
                .contains("local-job-then-abroad");
        assertThat(flags("kerja di salon Bali, kontrak satu tahun")).isEmpty();
        // Causes found on the dev sets: "no need passport", "leaving in 5 days", a pronoun
        // between the photo and the official, a departure "dari Kupang minggu ini".
        assertThat(flags("no need passport first, we arrange it")).contains("visit-visa");
        assertThat(flags("leaving in 5 days, join us")).contains("fast-departure");
        assertThat(flags("ini foto saya dengan pak kapolres")).contains("official-photos");
        assertThat(flags("berangkat dari Kupang minggu ini")).contains("fast-departure");
    }

    @Test
    void aPlaceNameOrPocketMoneyAloneIsNoFlag() {
        assertThat(flags("kerja di perkebunan di Tawau, visa kerja sudah keluar")).isEmpty();
        assertThat(flags("perusahaan kasih uang makan selama pelatihan")).isEmpty();
    }

    @Test
    void hitsCarryBothLanguages() {
        RedFlagHit hit = checker.check("pakai visa turis").get(0);

        assertThat(hit.flagId()).isEqualTo("visit-visa");
        assertThat(hit.title().in("id")).isNotBlank().isNotEqualTo(hit.title().in("en"));
        assertThat(hit.explanation().in("mkn")).isEqualTo(hit.explanation().in("id"));
    }

    @Test
    void reportsFlagsInFileOrderAndMatchesCaseInsensitively(@TempDir Path dir) {
        ContentFixtures.validContent(dir);
        OfferChecker fixture = OfferChecker.fromDirectory(dir);

        assertThat(fixture.check("UNLICENSED AGENCY, visit visa, Social Media Recruitment"))
                .extracting(RedFlagHit::flagId)
                .containsExactly("visit-visa", "social-media-recruitment", "unlicensed-agency");
    }

    @Test
    void checksTheNormalisedText() {
        ContentSet content =
                new ContentValidator(new Normaliser()).check(ContentLintTests.CONTENT).content();
        OfferChecker plain = new PatternOfferChecker(content.flags(), new Normaliser());

        assertThat(plain.check("VISA   TURIS"))
                .extracting(RedFlagHit::flagId)
                .containsExactly("visit-visa");
    }

    @Test
    void aFlagRecognisedByPatternsOnlyIgnoresItsModel() {
        // A family's consent letter, which the licensed route asks for, is no secret kept from the
        // family; nor is a question that names KP2MI a caller posing as an official. The models of
        // both flags said yes to such messages; red-flags.yml lets only their patterns count.
        String consent =
                "Lowongan resmi dari P3MI, surat izin orang tua sudah ditandatangani kepala desa";
        List<String> understood =
                List.of("hidden-from-family", "official-impersonation", "no-contract");

        assertThat(checker.check(consent, understood))
                .extracting(RedFlagHit::flagId)
                .containsExactly("no-contract");
        assertThat(flags("kerjanya enak, tapi jangan bilang ke orang tua dulu ya sampai berangkat"))
                .contains("hidden-from-family");
    }
}
