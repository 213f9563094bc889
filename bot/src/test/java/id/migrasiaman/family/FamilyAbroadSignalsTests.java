package id.migrasiaman.family;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Entities;
import java.util.List;
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
                "tolong bantu cari anak saya di Malaysia"
            })
    void recognisesARelativeAbroadWhoCannotBeReached(String text) {
        assertThat(FamilyAbroadSignals.matches(text, NONE)).as(text).isTrue();
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
                "halo kak"
            })
    void leavesOtherMessagesAlone(String text) {
        assertThat(FamilyAbroadSignals.matches(text, NONE)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kakak saya tidak ada kabar", "my brother is missing"})
    void aPlaceTheAnalyserFoundCountsAsAbroad(String text) {
        Entities malaysia = new Entities(List.of(), List.of("MY"), List.of(), List.of(), List.of());
        assertThat(FamilyAbroadSignals.matches(text, malaysia)).isTrue();
        assertThat(FamilyAbroadSignals.matches(text, NONE)).isFalse();
    }
}
