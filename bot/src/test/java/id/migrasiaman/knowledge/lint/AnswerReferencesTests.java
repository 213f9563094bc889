package id.migrasiaman.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.knowledge.Source;
import id.migrasiaman.knowledge.content.Digits;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerReferencesTests {

    @Test
    void findsPhoneNumbersHoweverTheyAreWritten() {
        String text =
                "Telepon 0-800-1000, dari luar negeri +62 21 2924 4800, WA 0811-8080-141,"
                        + " SMS 1708, polisi 110, atau 081234567890.";

        assertThat(AnswerReferences.phoneNumbers(text))
                .containsExactlyInAnyOrder(
                        "0-800-1000",
                        "+62 21 2924 4800",
                        "0811-8080-141",
                        "1708",
                        "110",
                        "081234567890");
    }

    @Test
    void ignoresMoneyLawNumbersAndYears() {
        String text =
                "Biaya Rp15.000.000 atau Rp 5 juta (UU 18/2017, PP 10/2020, Pasal 30),"
                        + " umur 18 tahun, sejak 2023 sampai 2025, Nomor 130, polisi (2025), SMS 2024.";

        assertThat(AnswerReferences.phoneNumbers(text)).isEmpty();
    }

    @Test
    void comparesNumbersByDigits() {
        Set<String> hotlines = Set.of(Digits.of("0-800-1000"), Digits.of("+62 21 2924 4800"));

        assertThat(AnswerReferences.unknownNumbers("hubungi 08001000 atau 021 2924 4800", hotlines))
                .isEmpty();
        assertThat(AnswerReferences.unknownNumbers("hubungi 0812 3456 7890", hotlines))
                .containsExactly("0812 3456 7890");
    }

    @Test
    void urlsMustBeSources() {
        List<Source> sources =
                List.of(
                        new Source(
                                "Lowongan",
                                "KP2MI",
                                "https://siskop2mi.bp2mi.go.id/lowongan/list",
                                "2025-01-01"),
                        new Source(
                                "Lapor", "KemenPAN-RB", "https://www.lapor.go.id/", "2025-01-01"));
        String html =
                "Cek <a href=\"https://siskop2mi.bp2mi.go.id/lowongan/list\">lowongan</a>,"
                        + " siskop2mi.bp2mi.go.id/lowongan/list, lapor.go.id. Jangan percaya"
                        + " bit.ly/kerja-malaysia atau http://agen-resmi.com/daftar.";

        assertThat(AnswerReferences.unknownUrls(html, sources))
                .containsExactly("bit.ly/kerja-malaysia", "http://agen-resmi.com/daftar");
    }
}
