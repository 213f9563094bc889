package id.migrasiaman.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Normaliser;
import org.junit.jupiter.api.Test;

/**
 * Words typed without vowels or with a doubled last letter are read as the lexicons' words (D12,
 * round 11); English words, acronyms and place names are never read into something else.
 */
class AbbreviationsTests {

    private final Normaliser normaliser = new Normaliser();

    @Test
    void vowelLessKupangAndChatSpellingsAreRead() {
        assertThat(normaliser.normalise("brgkt mingu dpn, blg nnti krja"))
                .isEqualTo("berangkat minggu depan bilang nanti kerja");
        assertThat(normaliser.normalise("tnd tgn kontrak")).isEqualTo("tanda tangan kontrak");
        assertThat(normaliser.normalise("gajii bsr")).startsWith("gaji");
    }

    @Test
    void acronymsAndPlacesAreNotAbbreviations() {
        // BLK is the training centre, not the port of Bolok; SSW is Japan's visa, not "siswa".
        assertThat(normaliser.normalise("pelatihan di blk")).isEqualTo("pelatihan di blk");
        assertThat(normaliser.normalise("visa ssw ke jepang")).contains("ssw");
        assertThat(normaliser.normalise("pkl di hotel")).startsWith("pkl");
    }

    @Test
    void englishWordsAreLeftAlone() {
        // The offer checker's patterns read every message through the Indonesian lexicons.
        assertThat(normaliser.normalise("skip the list, mind the soon many"))
                .isEqualTo("skip the list mind the soon many");
    }

    @Test
    void theSkeletonDropsVowelsAndReadsNgAsG() {
        assertThat(Abbreviations.skeleton("berangkat")).isEqualTo("brgkt");
        assertThat(Abbreviations.skeleton("bilang")).isEqualTo("blg");
        assertThat(Abbreviations.undoubled("bayarr")).isEqualTo("bayar");
        assertThat(Abbreviations.undoubled("tinggal")).isEqualTo("tinggal");
    }
}
