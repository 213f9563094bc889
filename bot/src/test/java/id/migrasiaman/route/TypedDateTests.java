package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates as people type them, day before month, the next such day from today. */
class TypedDateTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void numbersAndMonthNamesInIndonesianAndEnglish() {
        assertThat(day("12/1")).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(day("tgl 9-12")).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(day("12.01.2027")).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(day("12 Januari")).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(day("tanggal 3 agustus 2027")).isEqualTo(LocalDate.of(2027, 8, 3));
        assertThat(day("7 Des")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(day("January 12")).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(day("besok")).isEqualTo(TODAY.plusDays(1));
        assertThat(day("lusa pagi")).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void impossiblePastOrFarDatesAreInvalidAndOtherTextIsNoDate() {
        assertThat(TypedDate.parse("31/2", TODAY)).isInstanceOf(TypedDate.Invalid.class);
        assertThat(TypedDate.parse("1/1/2026", TODAY)).isInstanceOf(TypedDate.Invalid.class);
        assertThat(TypedDate.parse("1/1/2029", TODAY)).isInstanceOf(TypedDate.Invalid.class);
        assertThat(TypedDate.parse("berapa biaya paspor?", TODAY))
                .isInstanceOf(TypedDate.NotADate.class);
        assertThat(TypedDate.parse("saya ragu", TODAY)).isInstanceOf(TypedDate.NotADate.class);
    }

    private static LocalDate day(String text) {
        return ((TypedDate.Day) TypedDate.parse(text, TODAY)).date();
    }
}
