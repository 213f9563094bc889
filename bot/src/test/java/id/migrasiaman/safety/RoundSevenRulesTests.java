package id.migrasiaman.safety;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.Normaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seventh round's kinds (safety7): a boat overdue or without engine with people aboard, a crew
 * member sick at sea whose captain says keep working, people stranded in transit by an agent who
 * does not come, a door shut by a boss, a child gone since last night or taken by a stranger, and a
 * turn ("tapi sekarang") that makes a harm now whatever came before are strong; benign uses, a past
 * year, a story said to be over, a worry already answered and a laugh ask nothing.
 */
class RoundSevenRulesTests {

    private static final DangerCheck CHECK = new DangerCheck(new Normaliser());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kapal ikan suami saya belum kembali ke pelabuhan, sudah sembilan hari",
                "the engine has stopped and we are drifting on a small boat, there are 20 of us",
                "my cousin on a fishing boat is vomiting blood and the captain says keep working",
                "we are 7 workers in transit at KLIA, the agent is not answering",
                "majikan marah dan kunci pintu, saya tidak bisa keluar dari dapur",
                "beta pung ade nona (13 thn) son pulang dari semalam, ada om-om yang bawa dia",
                "a boy of 15 was picked up by a stranger after church this morning",
                "dulu dia sudah pulang, tapi sekarang calo tahan paspornya di Surabaya",
                "saya di depo imigrasi Tawau, belum tahu kapan dipulangkan"
            })
    void calmEmergenciesOfTheNewKindsAreStrong(String text) {
        assertThat(level(text, Intent.EMERGENCY, 0.5)).as(text).isEqualTo(DangerLevel.STRONG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "paspor saya masih ditahan di kantor imigrasi karena lagi diproses",
                "ana dong dua pukul-pukul pake bantal, maen-maen sa",
                "my uncle was detained for two days in Tawau in 1997, he tells it at every wedding",
                "dulu saya minta tolong ke KBRI waktu di Malaysia, sekarang sudah pulang dan aman",
                "kapal ikan om saya telat, tapi sudah sandar di Tenau",
                "help!!! my little brother hid the tv remote again 😂"
            })
    void everydayAndOverAskNothing(String text) {
        assertThat(level(text, Intent.EMERGENCY, 0.5)).as(text).isEqualTo(DangerLevel.NONE);
    }

    @Test
    void aPastYearIsNoAmountAndNoStart() {
        assertThat(PastYears.in("ditahan imigrasi tahun 2015")).isTrue();
        assertThat(PastYears.in("detained in 1998, where can I read")).isTrue();
        assertThat(PastYears.in("mereka minta 2000 ringgit")).isFalse();
        assertThat(PastYears.in("dikurung sejak 2024")).isFalse();
        assertThat(PastYears.in("RM 1999 untuk tiket")).isFalse();
    }

    @Test
    void moreAgeFormsMarkAChild() {
        assertThat(MinorAges.in("a boy of 14 was taken")).isTrue();
        assertThat(MinorAges.in("Our neighbour's son, 15, left with a recruiter")).isTrue();
        assertThat(MinorAges.in("Pasien saya (16 tahun) dibawa ke pelabuhan")).isTrue();
        assertThat(MinorAges.in("my classmate Rina (16) got taken")).isTrue();
        assertThat(MinorAges.in("a man of 40 (42 years)")).isFalse();
    }

    @Test
    void aReleaseNotYetComeIsNotSafe() {
        String text = "I'm in the Tawau detention, nobody tells me when I will be sent home";
        assertThat(
                        CHECK.assess(
                                        text,
                                        analysis(text, Intent.EMERGENCY, 0.6),
                                        DangerCheck.Setting.FREE)
                                .signals())
                .doesNotContain("safe");
    }

    private static DangerLevel level(String text, Intent intent, double confidence) {
        return CHECK.assess(text, analysis(text, intent, confidence), DangerCheck.Setting.FREE)
                .level();
    }

    private static Analysis analysis(String text, Intent intent, double confidence) {
        String language =
                text.matches("(?i).*\\b(my|the|they|me|i'm|help|we|a)\\b.*") ? "en" : "id";
        return new Analysis(text, language, intent, confidence, Entities.NONE);
    }
}
