package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What people say about where they want to go, in their words (trial 11 personas, own lines). */
class RouteWishTests {

    @Test
    void anEnglishFirstMessageGivesCountryAndAge() {
        RouteWish wish =
                RouteWish.in(
                        "Hi, I want to work in Japan legally. I'm 23 from Kupang. How do I start?");
        assertThat(wish).isEqualTo(new RouteWish("JP", null, 23));
    }

    @Test
    void aKupangMalayMessageGivesCountryAndWork() {
        assertThat(RouteWish.in("beta mau kerja kebun sawit di sabah, umur 30 tahun"))
                .isEqualTo(new RouteWish("MY", "plantation", 30));
    }

    @Test
    void anElderlyCarerIsNotANurseAndANurseIsSkilledWork() {
        assertThat(RouteWish.in("mau jadi perawat lansia di taiwan").work()).isEqualTo("care");
        assertThat(RouteWish.in("saya perawat, mau ke rumah sakit di arab saudi"))
                .isEqualTo(new RouteWish("SA", "skilled", null));
    }

    @Test
    void moneyIsNotAnAge() {
        assertThat(RouteWish.in("saya 20 juta utang ke calo, bagaimana?").age()).isNull();
        assertThat(RouteWish.in("bagaimana cara daftar?").isEmpty()).isTrue();
    }

    @Test
    void howLongIsADurationQuestionAndHowMuchIsNot() {
        assertThat(GuideWords.asksDuration("berapa lama proses sampai berangkat ke korea?"))
                .isTrue();
        assertThat(GuideWords.asksDuration("brp lama?")).isTrue();
        assertThat(GuideWords.asksDuration("how long does it take?")).isTrue();
        assertThat(GuideWords.asksDuration("kapan bisa berangkat?")).isTrue();
        assertThat(GuideWords.asksDuration("berapa biaya paspor?")).isFalse();
        assertThat(GuideWords.asksDuration("bisa daftar online sa ko?")).isFalse();
    }

    @Test
    void aTypedChoiceIsOnlyTheCountryOrWorkWithFillerWords() {
        assertThat(RouteWish.onlyChoice("Malaysia")).isTrue();
        assertThat(RouteWish.onlyChoice("ke hongkong, pengasuh lansia")).isTrue();
        assertThat(RouteWish.onlyChoice("pabrik aja kak")).isTrue();
        assertThat(RouteWish.onlyChoice("I want to work in Taiwan")).isTrue();
        assertThat(RouteWish.onlyChoice("anak saya di Malaysia")).isFalse();
        assertThat(RouteWish.onlyChoice("dikunci di malaysia")).isFalse();
        assertThat(RouteWish.onlyChoice("ke mana kak")).isFalse();
        assertThat(RouteWish.onlyChoice("1")).isFalse();
    }
}
