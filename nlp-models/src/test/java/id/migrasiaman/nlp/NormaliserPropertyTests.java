package id.migrasiaman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NormaliserPropertyTests {

    private final Normaliser normaliser = new Normaliser();

    @Property(tries = 2000)
    void neverThrowsOnArbitraryUnicode(@ForAll String text) {
        normaliser.normalise(text);
        normaliser.tokens(text, "en");
    }

    @Example
    void aStretchedAmountIsAnAmountInTheFirstPassToo() {
        // jqwik found "0KKK": squashed to "0k", which a second pass read as an amount.
        String once = normaliser.normalise("0KKK");
        assertThat(normaliser.normalise(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void isIdempotent(@ForAll("chatty") String text) {
        String once = normaliser.normalise(text);
        assertThat(normaliser.normalise(once)).isEqualTo(once);
    }

    @Property(tries = 1000)
    void isIdempotentInEveryLanguage(@ForAll("chatty") String text) {
        for (String language : new String[] {"id", "mkn", "en"}) {
            List<String> once = normaliser.tokens(text, language);
            assertThat(normaliser.tokens(String.join(" ", once), language)).isEqualTo(once);
        }
    }

    @Property(tries = 2000)
    void isIdempotentOnArbitraryUnicode(@ForAll String text) {
        String once = normaliser.normalise(text);
        assertThat(normaliser.normalise(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void outputIsLowerCaseLettersDigitsAndSingleSpaces(@ForAll("chatty") String text) {
        String out = normaliser.normalise(text);
        assertThat(out).isEqualTo(out.toLowerCase(Locale.ROOT));
        assertThat(out).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        out.codePoints()
                .forEach(cp -> assertThat(cp == ' ' || Character.isLetterOrDigit(cp)).isTrue());
    }

    @Property(tries = 1000)
    void tokensNeverContainTripledLetters(@ForAll("chatty") String text) {
        for (String token : normaliser.tokens(text)) {
            assertThat(token).doesNotContainPattern("(\\p{L})\\1\\1");
        }
    }

    /** Words, abbreviations, Kupang forms, stretched letters, numbers and punctuation mixed. */
    @Provide
    Arbitrary<String> chatty() {
        Arbitrary<String> word =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                "yg",
                                "gk",
                                "Beta",
                                "sonde",
                                "ko",
                                "doi",
                                "tolongggg",
                                "maaaf",
                                "saat",
                                "Rp",
                                "5.000.000",
                                "10jt",
                                "0812-3456-7890",
                                "+62",
                                "KL",
                                "anak2",
                                "İstanbul",
                                "ﬁle",
                                "１２",
                                "!!!",
                                "...",
                                "?",
                                "kk"),
                        Arbitraries.strings().alpha().numeric().ofMaxLength(8));
        return word.list().ofMaxSize(12).map(ws -> String.join(" ", ws));
    }
}
