package id.migrasiaman.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who is in danger: the writer, or a relative the writer names. */
class SomeoneElseTests {

    @Test
    void aMotherWritingOfHerChildIsNotTheOneHeld() {
        // Chat trial, round 21: "saya" after "anak" says whose child, not that the writer is held.
        assertThat(SomeoneElse.inDanger("anak saya dikunci majikan di johor, hp nya diambil"))
                .isTrue();
        assertThat(SomeoneElse.toldOf("anak sy dikunci majikan, paspornya ditahan")).isTrue();
        assertThat(SomeoneElse.inDanger("suami saya ditahan agen di Tawau")).isTrue();
    }

    @Test
    void theWriterHeldTooIsStillTheWriter() {
        assertThat(SomeoneElse.inDanger("anak saya dan saya dikunci majikan")).isFalse();
        assertThat(SomeoneElse.inDanger("saya dikunci majikan, anak saya di kampung")).isFalse();
    }

    @Test
    void aSiblingWordOpeningTheMessageIsAnAddressBeforeTheWritersOwnI() {
        // Lead's chat trial, round 24: "kaka sa ada di penampungan di batam, pintu dikunci" got
        // the advice for a family at home ("Jika keluarga atau teman Anda dalam bahaya").
        assertThat(
                        SomeoneElse.inDanger(
                                "kaka sa ada di penampungan di batam, pintu dikunci, hp su diambil"))
                .isFalse();
        assertThat(SomeoneElse.inDanger("kak beta su dikunci di rumah majikan")).isFalse();
        // whose sibling, in Indonesian and in Kupang Malay: still someone else
        assertThat(SomeoneElse.inDanger("kakak saya dikunci majikan di johor")).isTrue();
        assertThat(SomeoneElse.inDanger("sa pung kaka ada dikunci di penampungan")).isTrue();
        assertThat(SomeoneElse.inDanger("kaka sa pung adik dikunci di kuching")).isTrue();
    }
}
