package id.migrasiaman.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClausesTests {

    @Test
    void splitsAnOfferAtPunctuationAndLineBreaks() {
        assertThat(
                        Clauses.of(
                                "Lowongan ART Singapura, gaji 7jt. Paspor nanti dipegang agensi;"
                                        + " berangkat minggu depan!\nminat?"))
                .containsExactly(
                        "Lowongan ART Singapura",
                        "gaji 7jt",
                        "Paspor nanti dipegang agensi",
                        "berangkat minggu depan");
    }

    @Test
    void aMessageOfOneClauseHasNoClausesOfItsOwn() {
        assertThat(Clauses.of("paspor saya dipegang agen")).isEmpty();
        assertThat(Clauses.of("paspor saya dipegang agen.")).isEmpty();
        assertThat(Clauses.of("")).isEmpty();
    }

    @Test
    void dropsOneWordClausesAndStopsAtTheLimit() {
        assertThat(Clauses.of("ok, siap, berangkat besok")).containsExactly("berangkat besok");
        assertThat(Clauses.of("kerja di sana, ".repeat(10_000))).hasSize(Clauses.MAX);
    }

    @Test
    void englishClausesAlsoEndBeforeConjunctions() {
        assertThat(
                        Clauses.of(
                                "they pay the ticket and we go on a tourist visa, found it on"
                                        + " TikTok",
                                "en"))
                .containsExactly(
                        "they pay the ticket", "and we go on a tourist visa", "found it on TikTok");
        assertThat(Clauses.of("the agent keeps my passport and my KTP", "en"))
                .containsExactly("the agent keeps my passport", "and my KTP");
        assertThat(Clauses.of("bread and butter", "en")).isEmpty();
        assertThat(Clauses.of("pi Sabah and tinggal di kos", "mkn")).isEmpty();
        assertThat(Clauses.of("kerja di sana, ".repeat(10_000), "en")).hasSize(Clauses.MAX);
    }
}
