package id.migrasiaman.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Entities;
import org.junit.jupiter.api.Test;

class EntityExtractorTests {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void extractsEverythingAMessageNames() {
        Entities e =
                extractor.extract(
                        "Calo di Oesao wa 0812-3456-7890 minta 10jt, berangkat dari Tenau ke"
                                + " Nunukan lalu Tawau, kerja di Sabah");
        assertThat(e.phones()).containsExactly("+6281234567890");
        assertThat(e.amounts()).containsExactly(10_000_000L);
        assertThat(e.destinations()).containsExactly("MY");
        assertThat(e.transits()).containsExactly("Tenau", "Nunukan", "Tawau");
        assertThat(e.kecamatan()).containsExactly("Kupang Timur");
    }

    @Test
    void mapsDestinationsToIsoCodes() {
        assertThat(
                        extractor
                                .extract(
                                        "Hongkong, Taiwan, Singapura, Korsel, Jepang, Arab Saudi,"
                                                + " Dubai, Uni Emirat Arab, Kamboja, KL, Kota Kinabalu")
                                .destinations())
                .containsExactly("HK", "TW", "SG", "KR", "JP", "SA", "AE", "KH", "MY");
    }

    @Test
    void prefersTheLongestPlaceName() {
        Entities e = extractor.extract("beta dari Kupang Timur, dulu tinggal di kota Kupang");
        assertThat(e.kecamatan()).containsExactly("Kupang Timur");
        assertThat(e.transits()).containsExactly("Kupang");
        assertThat(extractor.extract("Amfoang Barat Daya").kecamatan())
                .containsExactly("Amfoang Barat Daya");
    }

    @Test
    void findsKecamatanFromVillages() {
        assertThat(extractor.extract("sa dari Naikliu, adik di Baun, om di Oelpuah").kecamatan())
                .containsExactly("Amfoang Utara", "Amarasi Barat", "Kupang Tengah");
    }

    @Test
    void nothingInPlainText() {
        assertThat(extractor.extract("selamat pagi kak")).isEqualTo(Entities.NONE);
        assertThat(extractor.extract((String) null)).isEqualTo(Entities.NONE);
    }
}
