package id.migrasiaman.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyParserTests {

    private final MoneyParser parser = new MoneyParser();

    @Test
    void readsRupiahAsPeopleWriteIt() {
        assertThat(rupiah("2 juta")).containsExactly(2_000_000L);
        assertThat(rupiah("Rp 5.000.000")).containsExactly(5_000_000L);
        assertThat(rupiah("10jt")).containsExactly(10_000_000L);
        assertThat(rupiah("1,5 juta")).containsExactly(1_500_000L);
        assertThat(rupiah("750rb")).containsExactly(750_000L);
        assertThat(rupiah("Rp750.000")).containsExactly(750_000L);
        assertThat(rupiah("Rp. 12.500.000,-")).containsExactly(12_500_000L);
        assertThat(rupiah("IDR 3.500.000,00")).containsExactly(3_500_000L);
        assertThat(rupiah("500k")).containsExactly(500_000L);
    }

    @Test
    void readsAmountsWrittenInWordsAsVoiceTypingWritesThem() {
        assertThat(rupiah("harus bayar dua jt dulu")).containsExactly(2_000_000L);
        assertThat(rupiah("setor lima juta untuk dokumen")).containsExactly(5_000_000L);
        assertThat(rupiah("lima ratus ribu")).containsExactly(500_000L);
        assertThat(rupiah("satu setengah juta")).containsExactly(1_500_000L);
        assertThat(rupiah("dua puluh lima juta")).containsExactly(25_000_000L);
        assertThat(rupiah("lima belas juta, lalu 2 juta lagi"))
                .containsExactly(15_000_000L, 2_000_000L);
        // A number word without a unit is no money; "belasan juta" is no amount either.
        assertThat(rupiah("dua orang, tiga bulan, belasan juta")).isEmpty();
    }

    @Test
    void findsSeveralAmountsInText() {
        assertThat(rupiah("dia minta 15jt, sa su bayar Rp 2.500.000 dan sisanya 12,5 juta"))
                .containsExactly(15_000_000L, 2_500_000L, 12_500_000L);
    }

    @Test
    void ignoresNumbersThatAreNotMoney() {
        assertThat(rupiah("umur 17 tahun, 2 kali, 3 orang, 0812-3456-7890, 1500 ringgit"))
                .isEmpty();
    }

    @Property(tries = 500)
    void anyDottedRupiahAmountReadsBack(
            @ForAll @LongRange(min = 1, max = 999_999_999_999L) long value) {
        DecimalFormat dotted = new DecimalFormat("#,###", new DecimalFormatSymbols(Locale.GERMANY));
        assertThat(rupiah("Rp " + dotted.format(value))).containsExactly(value);
        assertThat(rupiah("bayar Rp" + dotted.format(value) + ",- ya")).containsExactly(value);
    }

    @Property(tries = 500)
    void anyMillionsWithOneDecimalReadBack(
            @ForAll @IntRange(min = 0, max = 999) int whole,
            @ForAll @IntRange(min = 0, max = 9) int tenth) {
        long expected = whole * 1_000_000L + tenth * 100_000L;
        assertThat(rupiah(whole + "," + tenth + " juta")).containsExactly(expected);
        assertThat(rupiah(whole + "." + tenth + "jt")).containsExactly(expected);
    }

    @Property(tries = 2000)
    void neverThrows(@ForAll String text) {
        parser.find(text);
    }

    private List<Long> rupiah(String text) {
        return parser.find(text).stream().map(MoneyParser.Amount::rupiah).toList();
    }
}
