package id.migrasiaman.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Normaliser;
import java.util.List;
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
    void aLastLetterIsNeverDoubledIntoAnotherWord() {
        // "pas" (when, just right) is no "pass" (a passport); a double inside a word still is read
        assertThat(normaliser.normalise("pas sy di pasar")).startsWith("pas ");
        assertThat(normaliser.normalise("pas sy di pasar")).doesNotContain("pass");
        assertThat(normaliser.normalise("pas mau brangkat")).doesNotContain("pass");
        assertThat(normaliser.normalise("brgkt mingu dpn")).contains("minggu");
        for (String word : List.of("pas", "bos", "kas", "bis", "jas", "tas", "mal", "gol")) {
            String read = normaliser.normalise(word);
            assertThat(read)
                    .as("%s is not read as a word with its last letter doubled", word)
                    .isNotEqualTo(word + word.charAt(word.length() - 1));
        }
    }

    @Test
    void theSkeletonDropsVowelsAndReadsNgAsG() {
        assertThat(Abbreviations.skeleton("berangkat")).isEqualTo("brgkt");
        assertThat(Abbreviations.skeleton("bilang")).isEqualTo("blg");
        assertThat(Abbreviations.undoubled("bayarr")).isEqualTo("bayar");
        assertThat(Abbreviations.undoubled("tinggal")).isEqualTo("tinggal");
    }
}
