package id.migrasiaman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormaliserTests {

    private final Normaliser normaliser = new Normaliser();

    @Test
    void expandsChatAbbreviations() {
        assertThat(normaliser.normalise("Sy gk tau yg hrs dgn sp, tlg info kk"))
                .isEqualTo("saya tidak tahu yang harus dengan sp tolong info kakak");
        assertThat(normaliser.normalise("bgmn caranya? udh lama blm dpt kabar, dll"))
                .isEqualTo("bagaimana caranya sudah lama belum dapat kabar dan lain lain");
    }

    @Test
    void mapsKupangMalayToIndonesian() {
        assertThat(normaliser.normalise("Beta sonde tau, dong bilang mo pi karja di Malaysia"))
                .isEqualTo("saya tidak tahu mereka bilang mau pergi kerja di malaysia");
        assertThat(normaliser.normalise("katong su kasi doi, jang lupa"))
                .isEqualTo("kita sudah beri uang jangan lupa");
    }

    @Test
    void keepsTheKupangQuestionParticleKo() {
        assertThat(normaliser.tokens("Lu su makan ko?"))
                .containsExactly("kamu", "sudah", "makan", "ko");
    }

    @Test
    void squashesStretchedLettersButKeepsRealDoubles() {
        assertThat(normaliser.normalise("TOLONGGGG kakkkk")).isEqualTo("tolong kakak");
        assertThat(normaliser.normalise("maaaaaf, saat ini")).isEqualTo("maaf saat ini");
        assertThat(normaliser.normalise("maaf")).isEqualTo("maaf");
    }

    @Test
    void replacesPhonesMoneyAndNumbersWithPlaceholders() {
        assertThat(normaliser.normalise("wa 0812-3456-7890, bayar Rp 5.000.000 umur 17"))
                .isEqualTo("whatsapp phonetok bayar moneytok umur numtok");
        assertThat(normaliser.normalise("potong 10jt dan 750rb"))
                .isEqualTo("potong moneytok dan moneytok");
    }

    @Test
    void foldsAccentsCaseAndPunctuation() {
        assertThat(normaliser.normalise("  Café!!!  ÉCOLE... (ok)  ")).isEqualTo("cafe ecole oke");
        assertThat(normaliser.normalise("anak2 sekolah")).isEqualTo("anak sekolah");
    }

    @Test
    void englishGoesThroughTheGlossaryNotTheIndonesianLexicons() {
        assertThat(normaliser.tokens("my son do not know", "en"))
                .containsExactly("saya", "punya", "anak", "do", "tidak", "know");
        assertThat(normaliser.tokens("beta son tau", "mkn"))
                .containsExactly("saya", "tidak", "tahu");
    }

    @Test
    void emptyAndNullGiveNothing() {
        assertThat(normaliser.normalise(null)).isEmpty();
        assertThat(normaliser.tokens("?!... ")).isEmpty();
    }
}
