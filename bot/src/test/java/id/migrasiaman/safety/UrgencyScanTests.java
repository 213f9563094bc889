package id.migrasiaman.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

    /** Words of the lexicon, cased and split oddly, with noise: what the trie must agree on. */
    @Provide
    Arbitrary<String> lexiconTexts() {
        List<String> lexicon =
                List.of(
                        ("tolong|paspor ditahan|help|trapped|kapal|dikunci"
                                        + "|takut|sosis|paspor|ditahan|gaji|kak")
                                .split("\\|"));
        Arbitrary<String> word =
                Arbitraries.oneOf(
                        Arbitraries.of(lexicon),
                        Arbitraries.of(lexicon).map(w -> w.toUpperCase(Locale.ROOT)),
                        Arbitraries.of(
                                "\u0130", "\u03A3", "\u03C3", "ß", "🆘", "\uD83D", "é", "1", "_"),
                        Arbitraries.strings().ofMaxLength(6));
        Arbitrary<String> gap = Arbitraries.of("", " ", "  ", ", ", "\n", "...", "-", "\u0000");
        return Combinators.combine(word.list().ofMaxSize(40), gap.list().ofSize(40))
                .as(
                        (words, gaps) -> {
                            StringBuilder text = new StringBuilder();
                            for (int i = 0; i < words.size(); i++) {
                                text.append(words.get(i)).append(gaps.get(i));
                            }
                            return text.toString();
                        });
    }

    @Property(tries = 2_000)
    void decidesAsTheWordByWordScan(@ForAll("lexiconTexts") String text) {
        assertThat(SCAN.mayBeUrgent(text)).isEqualTo(SCAN.scanByWords(text, new int[1]));
    }

    @Property(tries = 500)
    void decidesAsTheWordByWordScanOnAnyText(@ForAll @StringLength(max = 300) String text) {
        assertThat(SCAN.mayBeUrgent(text)).isEqualTo(SCAN.scanByWords(text, new int[1]));
    }

    @Example
    void lowerCasesAsStringsDo() {
        // "\u0130" is "i" and a combining dot in lower case, so it never reads as a plain "i"; a
        // capital sigma that ends a word is "\u03C2" in lower case, inside a word "\u03C3".
        UrgencyScan scan = UrgencyScan.of(List.of("ikat", "\u03C3\u03C9\u03C3"));
        assertThat(List.of("\u0130KAT", "IKAT", "\u03A3\u03A9\u03A3", "\u03A3\u03C9\u03C3"))
                .filteredOn(scan::mayBeUrgent)
                .containsExactly("IKAT", "\u03A3\u03C9\u03C3");
    }

    @Example
    void allocatesNothing() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        String text = "Selamat pagi kak, saya mau tanya soal gaji dan kontrak kerja di Malaysia. ";
        CharSequence body = CharBuffer.wrap((text.repeat(50) + "tolong").toCharArray());
        for (int i = 0; i < 200; i++) {
            assertThat(SCAN.mayBeUrgent(body)).isTrue();
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 200; i++) {
            SCAN.mayBeUrgent(body);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        // The word-by-word scan made a string of every word and of every phrase it looked up.
        assertThat(allocated).isLessThan(200 * 64L);
    }
}
