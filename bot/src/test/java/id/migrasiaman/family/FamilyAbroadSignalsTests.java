package id.migrasiaman.family;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FamilyAbroadSignalsTests {

    private static final Entities NONE = Entities.NONE;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bagaimana cara mencari anak saya yang di Malaysia dan sudah 3 bulan tidak bisa"
                        + " dihubungi?",
                "suami saya di luar negeri tidak ada kabar sejak januari",
                "kakak beta di Malaysia son ada kabar",
                "beta pung ade di Hongkong sonde bisa dihubungi",
                "adik saya kerja di Taiwan, paspornya ditahan majikan",
                "istri saya di Singapura hp nya mati terus",
                "my sister in Hong Kong is not answering her phone for weeks",
                "We lost contact with my son in Malaysia",
                "Ibu saya di Arab Saudi sakit dan tidak digaji",
                "tolong bantu cari anak saya di Malaysia",
                "my sister in Malaysia hasn't answered for 2 months",
                "we can't reach my brother on the boat",
                "my wife is in Saudi Arabia and her phone has been off for three weeks",
                "ipar sy di johor udh 2 bln gk bs dihub",
                "my uncle in Sarawak hasn't answered since March",
                "our cousin in Brunei stopped replying to the family",
                // typed without the apostrophe (the lead's chat trial)
                "my sister in Malaysia hasnt answered for 2 months"
            })
    void recognisesARelativeAbroadWhoCannotBeReached(String text) {
        assertThat(FamilyAbroadSignals.matches(text, NONE, Intent.OUT_OF_SCOPE)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Syarat kerja ke Malaysia apa saja?",
                "anak saya mau kerja di Malaysia, bagaimana caranya?",
                "Saya mau cari kerja di luar negeri",
                "anak saya tidak bisa dihubungi", // not abroad
                "anak saya di Malaysia dikunci majikan, tolong!", // danger now: the emergency path
                "my son in Malaysia is locked in and beaten",
                "halo kak",
                "urgent!! my wife missing in Sabah",
                "Anak saya dulu kerja di Malaysia, 3 tahun tidak ada kabar, pulang sudah sakit",
                "Beta pung laki dolo karja di Johor, banyak yang hilang",
                "anak gadis saya umur 15 hilang, dijemput orang yang janji kerja di Malaysia",
                "adik sy hilang kontak sejak kmrn, terakhir di batam",
                // A recruiter looking for workers, not a family looking for a relative (found by
                // the lead's chat trial).
                "ada om2 datang ke kampung cari anak muda kerja ke malaysia, kasih uang sirih",
                "calo itu cari anak gadis untuk kerja di Malaysia"
            })
    void leavesOtherMessagesAlone(String text) {
        assertThat(FamilyAbroadSignals.matches(text, NONE, Intent.OUT_OF_SCOPE)).as(text).isFalse();
    }

    /** Trial 12 (D1): a relative abroad or at sea who is not paid is a family case, not a story. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "beta pung laki karja di kapal ikan su 8 bulan, sonde dapat gaji",
                "anak saya di Malaysia gajinya belum dibayar 5 bulan",
                "my brother works in Sabah and has not been paid since June"
            })
    void aRelativeAbroadWhoIsNotPaidIsAFamilyCase(String text) {
        assertThat(FamilyAbroadSignals.matches(text, NONE, Intent.EXPERIENCE_SHARE))
                .as(text)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "anak saya mau kerja di kapal ikan, gajinya berapa?",
                "dulu sa pung kaka di malaysia seng dapa gaji"
            })
    void wagesWithoutAnUnpaidRelativeNowAreNot(String text) {
        assertThat(FamilyAbroadSignals.matches(text, NONE, Intent.PROCEDURE_QUESTION))
                .as(text)
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ibu saya di Arab sakit keras, majikan tidak izinkan pulang",
                "suami saya kecelakaan di tempat kerja di Sabah"
            })
    void troubleTheAnalyserTakesForAnEmergencyIsLeftToTheEmergencyPath(String text) {
        assertThat(FamilyAbroadSignals.matches(text, NONE, Intent.EMERGENCY)).isFalse();
        assertThat(FamilyAbroadSignals.matches(text, NONE, Intent.PROCEDURE_QUESTION)).isTrue();
    }

    /**
     * Round 16: someone sent back from abroad has left the country; the family flow ("cannot be
     * reached abroad") was the first reply to questions about help after a deportation, which the
     * return topic answers. No news still counts.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "bapak saya dideportasi dari Sabah bulan lalu, sekarang dia bisa dapat pelatihan"
                        + " kerja di mana?",
                "beta pung ade dipulangkan dari Johor, sekarang tinggal di Oesao, ada bantuan ko",
                "my brother was deported from Malaysia and is home now, who helps him find work?"
            })
    void aRelativeSentBackFromAbroadIsAReturnNotAFamilyCase(String text) {
        assertThat(FamilyAbroadSignals.matches(text, NONE, Intent.EXPERIENCE_SHARE))
                .as(text)
                .isFalse();
    }

    @Test
    void aRelativeSentBackWhoCannotBeReachedIsStillAFamilyCase() {
        assertThat(
                        FamilyAbroadSignals.matches(
                                "suami saya dideportasi dari Malaysia tapi sampai sekarang tidak"
                                        + " ada kabar",
                                NONE,
                                Intent.EXPERIENCE_SHARE))
                .isTrue();
        assertThat(
                        FamilyAbroadSignals.matches(
                                "anak saya ditahan di Malaysia, katanya mau dideportasi",
                                NONE,
                                Intent.EXPERIENCE_SHARE))
                .isTrue();
    }

    @Test
    void noNewsCountsEvenWhenTheAnalyserHearsAnEmergency() {
        assertThat(
                        FamilyAbroadSignals.matches(
                                "suami saya di Malaysia tidak bisa dihubungi sejak januari",
                                NONE,
                                Intent.EMERGENCY))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kakak saya tidak ada kabar", "my brother is missing"})
    void aPlaceTheAnalyserFoundCountsAsAbroad(String text) {
        Entities malaysia = new Entities(List.of(), List.of("MY"), List.of(), List.of(), List.of());
        assertThat(FamilyAbroadSignals.matches(text, malaysia, Intent.EMERGENCY)).isTrue();
        assertThat(FamilyAbroadSignals.matches(text, NONE, Intent.EMERGENCY)).isFalse();
    }

    /**
     * A set of 30 messages of families with a relative abroad and 30 other messages (questions,
     * homework, stories of the past, danger now), written apart from the intent corpus.
     */
    @Test
    void recognisesMostFamiliesAndAlmostNothingElse() throws IOException {
        int found = 0;
        int families = 0;
        int wrong = 0;
        int others = 0;
        List<String> misses = new ArrayList<>();
        try (var in = getClass().getResourceAsStream("/family/family-abroad-messages.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] p = line.split("\t", 2);
                if (p.length < 2 || p[0].equals("expected")) {
                    continue;
                }
                boolean family = p[0].equals("family");
                boolean matched = FamilyAbroadSignals.matches(p[1], NONE, Intent.OUT_OF_SCOPE);
                families += family ? 1 : 0;
                others += family ? 0 : 1;
                found += family && matched ? 1 : 0;
                wrong += !family && matched ? 1 : 0;
                if (family != matched) {
                    misses.add(p[1]);
                }
            }
        }
        assertThat(families).isEqualTo(30);
        assertThat(others).isEqualTo(30);
        assertThat(found).as("families recognised; misses: " + misses).isGreaterThanOrEqualTo(27);
        assertThat(wrong).as("others taken; misses: " + misses).isLessThanOrEqualTo(1);
    }
}
