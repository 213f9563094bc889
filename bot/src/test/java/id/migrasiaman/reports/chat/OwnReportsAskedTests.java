package id.migrasiaman.reports.chat;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.reports.chat.OwnReportsAsked.Asked;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnReportsAskedTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "laporan sa su sampe mana?",
                "beta mau lia laporan beta su sampe mana",
                "laporan saya yang kemarin sudah diproses belum?",
                "gimana kabar laporan aku kak",
                "status laporan saya",
                "beta lupa kode laporan nya",
                "Any news on my report?",
                "what happened to my report about the recruiter?",
            })
    void aQuestionAboutOnesOwnReportIsSure(String text) {
        assertThat(OwnReportsAsked.asked(text)).isEqualTo(Asked.SURELY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "selamat sore, minggu lalu beta su lapor calo di sini",
                "beta lupa kode nya",
                "I already reported him last week",
                "laporan saya ke polisi sudah sampai mana?",
            })
    void aMentionOfAReportMadeCountsOnlyForSomeoneWhoMadeOneHere(String text) {
        assertThat(OwnReportsAsked.asked(text)).isEqualTo(Asked.MAYBE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bagaimana cara lapor calo?",
                "saya mau lapor calo di oesao",
                "kalau saya sudah lapor, calo nya tahu ko?",
                "How do I report a recruiter?",
                "apa yang terjadi setelah saya melapor?",
                "tolong kak sa lupa password fb",
                "laporan keuangan toko saya",
                "status visa kerja saya bagaimana",
            })
    void otherQuestionsAreNotAboutOnesReports(String text) {
        assertThat(OwnReportsAsked.asked(text)).isEqualTo(Asked.NOT);
    }
}
