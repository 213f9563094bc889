package id.migrasiaman.stories;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What could identify someone never survives redaction; the lesson of the story does. */
class RedactorPropertyTests {

    @Provide
    Arbitrary<String> phones() {
        Arbitrary<String> local = Arbitraries.strings().numeric().ofLength(9);
        return Combinators.combine(
                        Arbitraries.of("08", "+628", "628", "(0380) ", "+60 1", "0812-"),
                        local,
                        Arbitraries.of("", " ", "-", "."))
                .as(
                        (prefix, digits, sep) ->
                                prefix
                                        + digits.substring(0, 3)
                                        + sep
                                        + digits.substring(3, 6)
                                        + sep
                                        + digits.substring(6));
    }

    @Provide
    Arbitrary<String> filler() {
        return Arbitraries.of(
                "saya kerja di kebun sawit",
                "gaji tidak dibayar tiga bulan",
                "paspor ditahan majikan",
                "beta su pulang ke Kupang",
                "",
                "hubungi");
    }

    @Property
    void phoneNumbersNeverSurvive(
            @ForAll("filler") String before,
            @ForAll("phones") String phone,
            @ForAll("filler") String after) {
        String out = Redactor.redact(before + " " + phone + " " + after);

        assertThat(out.replaceAll("\\D", "")).doesNotContain(phone.replaceAll("\\D", ""));
        assertThat(out).contains(Redactor.PHONE);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("Yanti", "Om Beni", "Maria Lusi", "Mr Tan", "Ahmad", "Nona Dethan");
    }

    @Provide
    Arbitrary<String> cues() {
        return Arbitraries.of("nama saya", "Om", "majikan", "agen", "calo", "Bapak", "namanya");
    }

    @Property
    void namesAfterAPersonWordNeverSurvive(
            @ForAll("cues") String cue, @ForAll("names") String name) {
        String out = Redactor.redact("Waktu itu " + cue + " " + name + " bilang gaji besar.");

        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        assertThat(out).doesNotContain(lastWord).contains(Redactor.NAME);
    }

    @Property
    void accountsAndAddressesNeverSurvive(
            @ForAll("filler") String text, @ForAll("names") String name) {
        String handle = "@" + name.toLowerCase().replace(" ", "_");
        String email = name.toLowerCase().replace(" ", ".") + "@gmail.com";
        String out =
                Redactor.redact(
                        text + " cari " + handle + " atau " + email + " atau www.kerja-ok.com/x");

        assertThat(out).doesNotContain(handle, email, "kerja-ok");
    }

    @Example
    void countriesCitiesAndTheLessonStay() {
        String out =
                Redactor.redact(
                        "Saya berangkat lewat calo dari Kupang ke Nunukan lalu ke Malaysia. Bos"
                                + " Malaysia tahan paspor saya 2 tahun.");

        assertThat(out).contains("Kupang", "Nunukan", "Malaysia", "tahan paspor", "2 tahun");
        assertThat(out)
                .isEqualTo(
                        "Saya berangkat lewat calo dari Kupang ke Nunukan lalu ke Malaysia. Bos"
                                + " Malaysia tahan paspor saya 2 tahun.");
    }

    @Example
    void nullAndEmptyStayAsTheyAre() {
        assertThat(Redactor.redact(null)).isNull();
        assertThat(Redactor.redact("")).isEmpty();
    }
}
