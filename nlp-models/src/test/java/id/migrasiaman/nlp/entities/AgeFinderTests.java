package id.migrasiaman.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgeFinderTests {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void findsAgesAsPeopleWriteThem() {
        assertThat(ages("umur sy 17 thn, agen bilang bisa berangkat")).containsExactly(17);
        assertThat(ages("usia anak saya 16 tahun")).containsExactly(16);
        assertThat(ages("beta pung umur baru 15")).containsExactly(15);
        assertThat(ages("adik masih 16 tahun, boleh kerja?")).containsExactly(16);
        assertThat(ages("I'm 16 and the agent says it's fine")).containsExactly(16);
        assertThat(ages("my daughter is 15, they want her in Malaysia")).containsExactly(15);
        assertThat(ages("she is 17 years old")).containsExactly(17);
        assertThat(ages("16yo girl offered a job")).containsExactly(16);
        assertThat(ages("umur saya tujuh belas tahun")).containsExactly(17);
        assertThat(ages("umur saya 25 tahun")).containsExactly(25);
        // Kupang typed fast (round 11, D12): "blas" for belas, "anam"/"tuju" for enam/tujuh.
        assertThat(ages("umur beta anam blas thn")).containsExactly(16);
        assertThat(ages("sa umur tuju blas taon")).containsExactly(17);
    }

    @Test
    void aRelativesAgeInBracketsAndARecruitedAgeRange() {
        assertThat(ages("a sponsor says my nephew (16) can work in a factory in Johor"))
                .containsExactly(16);
        assertThat(ages("kami rekrut cewek 16-20 thn untuk kerja di restoran")).contains(16);
        assertThat(ages("looking for girls 15 - 19 for a karaoke job")).contains(15);
        // A count of children, a range of adults and a team's size are no age.
        assertThat(ages("saya punya anak 2, mau kerja di Malaysia")).isEmpty();
        assertThat(ages("we recruit women 21-35 for a factory")).isEmpty();
        assertThat(ages("butuh pria 15 orang untuk kebun")).isEmpty();
    }

    @Test
    void durationsAndSumsAreNoAge() {
        assertThat(ages("kontrak 2 tahun di Malaysia")).isEmpty();
        assertThat(ages("kerja 3 thn di Sabah, gaji 5 juta")).isEmpty();
        assertThat(ages("I worked there for 15 years")).isEmpty();
        assertThat(ages("tanggal 16 berangkat")).isEmpty();
    }

    @Test
    void knowsAMinor() {
        assertThat(extractor.extract("umur sy 17 thn").namesAMinor()).isTrue();
        assertThat(extractor.extract("umur sy 19 thn").namesAMinor()).isFalse();
    }

    private java.util.List<Integer> ages(String text) {
        return extractor.extract(text).ages();
    }
}
