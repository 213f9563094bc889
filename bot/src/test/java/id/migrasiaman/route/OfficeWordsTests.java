package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which questions ask for an office's address, hours or contact, and which name it in passing. */
class OfficeWordsTests {

    @Test
    void addressHoursAndContactOfTheRoutesOffices() {
        assertThat(OfficeWords.officeAskedFor("alamat disnaker kab kupang di mana?"))
                .contains("disnakertrans-kab-kupang");
        assertThat(OfficeWords.officeAskedFor("kantor BP3MI buka jam berapa?"))
                .contains("bp3mi-ntt");
        assertThat(OfficeWords.officeAskedFor("jam buka disnaker?"))
                .contains("disnakertrans-kab-kupang");
        assertThat(OfficeWords.officeAskedFor("where is the immigration office in Kupang?"))
                .contains("imigrasi-kupang");
        assertThat(OfficeWords.officeAskedFor("nomor hp satgas pmi kab kupang?"))
                .contains("satgas-pmi-kab-kupang");
    }

    @Test
    void anOfficeNamedInPassingIsNoQuestionAboutIt() {
        assertThat(OfficeWords.officeAskedFor("cara daftar di disnaker gimana?")).isEmpty();
        assertThat(OfficeWords.officeAskedFor("BPJS kesehatan kantornya di mana?")).isEmpty();
        assertThat(OfficeWords.officeAskedFor("alamat kjri kota kinabalu")).isEmpty();
    }

    @Test
    void theSeamansBook() {
        assertThat(OfficeWords.seamansBook("buku pelaut bikin di mana?")).isTrue();
        assertThat(OfficeWords.seamansBook("how do I get a seaman's book?")).isTrue();
        assertThat(OfficeWords.seamansBook("buku tabungan bikin di mana?")).isFalse();
    }
}
