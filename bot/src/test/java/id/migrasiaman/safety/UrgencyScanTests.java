package id.migrasiaman.safety;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** The intake's first look for danger: finds the ways into an emergency, cheap on any text. */
class UrgencyScanTests {

    private static final UrgencyScan SCAN = UrgencyScan.fromLexicon();

    @Example
    void readsTheLexiconsDangerWords() {
        assertThat(SCAN.size()).isGreaterThan(500);
    }

    @Example
    void findsPleasHarmAndTheWaysIntoAnEmergency() {
        assertThat(SCAN.mayBeUrgent("anak saya dikunci, paspornya diambil, tolong!")).isTrue();
        assertThat(SCAN.mayBeUrgent("/darurat")).isTrue();
        assertThat(SCAN.mayBeUrgent("/sos")).isTrue();
        assertThat(SCAN.mayBeUrgent("HELP we are trapped on a boat")).isTrue();
        assertThat(SCAN.mayBeUrgent("Paspor DITAHAN majikan")).isTrue();
        assertThat(SCAN.mayBeUrgent("saya takut sekali")).isTrue();
        assertThat(SCAN.mayBeUrgent("kami disekap di gudang")).isTrue();
        assertThat(SCAN.mayBeUrgent("adik ditangkap polisi")).isTrue();
    }

    @Example
    void ordinaryQuestionsAreNotUrgent() {
        assertThat(SCAN.mayBeUrgent("Berapa biaya resmi kerja ke Malaysia?")).isFalse();
        assertThat(SCAN.mayBeUrgent("selamat pagi kak")).isFalse();
        assertThat(SCAN.mayBeUrgent("/start")).isFalse();
        assertThat(SCAN.mayBeUrgent("")).isFalse();
        assertThat(SCAN.mayBeUrgent(null)).isFalse();
    }

    @Example
    void wordsAreWholeWords() {
        UrgencyScan scan = UrgencyScan.of(java.util.List.of("sos", "paspor ditahan"));
        assertThat(scan.mayBeUrgent("sosis goreng")).isFalse();
        assertThat(scan.mayBeUrgent("paspor saya ditahan")).isFalse();
        assertThat(scan.mayBeUrgent("paspor, ditahan!")).isTrue();
        assertThat(scan.mayBeUrgent("...SOS...")).isTrue();
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> words =
                Arbitraries.of(
                        "tolong",
                        "paspor",
                        "ditahan",
                        "kapal",
                        "gaji",
                        "berapa",
                        "🆘",
                        "/darurat",
                        "\u0000",
                        "\uD83D",
                        "Ä°",
                        "ß",
                        " ",
                        "\n",
                        ",",
                        "kak");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(40);
        return Arbitraries.oneOf(words, noise).list().ofMaxSize(300).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void neverThrowsOnAnyText(@ForAll("bodies") String body) {
        SCAN.mayBeUrgent(body);
    }

    @Property(tries = 300)
    void neverThrowsOnRandomUnicode(@ForAll @StringLength(max = 5_000) String body) {
        SCAN.mayBeUrgent(body);
    }

    @Property(tries = 200)
    void isLinear(@ForAll("bodies") String body) {
        int bound = UrgencyScan.MAX_WORDS * (Math.min(body.length(), UrgencyScan.MAX_CHARS) + 1);
        assertThat(SCAN.lookups(body)).isLessThanOrEqualTo(bound);
        // A text repeated k times costs at most k times as much (plus the seams).
        String twice = body + " " + body;
        assertThat(SCAN.lookups(twice))
                .isLessThanOrEqualTo(2 * SCAN.lookups(body) + UrgencyScan.MAX_WORDS * 2);
    }

    @Example
    void readsOnlyTheStartOfAHugeText() {
        String huge = "a ".repeat(1_000_000) + "tolong";
        assertThat(SCAN.lookups(huge))
                .isLessThanOrEqualTo(UrgencyScan.MAX_WORDS * UrgencyScan.MAX_CHARS);
        assertThat(SCAN.mayBeUrgent(huge)).isFalse();
    }
}
