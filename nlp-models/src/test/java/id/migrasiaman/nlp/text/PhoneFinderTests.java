package id.migrasiaman.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PhoneFinderTests {

    private final PhoneFinder finder = new PhoneFinder();

    @Test
    void readsTheWaysPeopleWriteNumbers() {
        assertThat(e164("0812-3456-7890")).containsExactly("+6281234567890");
        assertThat(e164("+62 813 3900 1122")).containsExactly("+6281339001122");
        assertThat(e164("6281377788899")).containsExactly("+6281377788899");
        assertThat(e164("(0380) 821234")).containsExactly("+62380821234");
    }

    @Test
    void findsNumbersInsideText() {
        assertThat(e164("calo itu wa 085239174406. atau 0813 1111 2222 ya"))
                .containsExactly("+6285239174406", "+6281311112222");
    }

    @Test
    void leavesMoneyAndShortNumbersAlone() {
        assertThat(e164("bayar Rp 25.000.000 atau 25000000, umur 17")).isEmpty();
    }

    /** A generated Telkomsel/Indosat/XL-style mobile number in any common format. */
    @Property(tries = 500)
    void anyMobileNumberInAnyFormatParsesToTheSameE164(@ForAll("mobiles") String[] number) {
        String e164 = "+62" + number[0].substring(1) + number[1] + number[2];
        List<String> formats =
                List.of(
                        number[0] + number[1] + number[2],
                        number[0] + "-" + number[1] + "-" + number[2],
                        number[0] + " " + number[1] + " " + number[2],
                        "+62 " + number[0].substring(1) + " " + number[1] + " " + number[2],
                        "62" + number[0].substring(1) + number[1] + number[2],
                        "hubungi " + number[0] + "." + number[1] + "." + number[2] + " segera");
        for (String written : formats) {
            assertThat(e164(written)).as(written).containsExactly(e164);
        }
    }

    @Property(tries = 1000)
    void neverThrows(@ForAll String text) {
        finder.find(text);
    }

    @Provide
    Arbitrary<String[]> mobiles() {
        Arbitrary<String> prefix =
                Arbitraries.of(
                        "0811", "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0878",
                        "0817");
        Arbitrary<String> four = Arbitraries.strings().numeric().ofLength(4);
        return Combinators.combine(prefix, four, four).as((p, a, b) -> new String[] {p, a, b});
    }

    private List<String> e164(String text) {
        return finder.find(text).stream().map(PhoneFinder.Phone::e164).toList();
    }
}
