package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as a question for {@link TopicQuestions} (my own lines, not from any eval set). */
class TopicQuestionsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "uang dari sponsor itu harus dikembalikan?",
                "cara lapor perekrut gelap",
                "ciri2 agen bodong",
                "sapa yang urus laporan calo",
                "beta mau lapor, pi mana",
                "sertifikat pelatihan perlu gk",
                "kalau mama su terima doi dari agen, beta musti ikut ko",
                "what happens if my family already took the recruiter's money",
                "should we return the cash the agent gave?",
                "bole gk pake paspor pelancong buat kerja di brunei",
                "kerja di kapal taiwan tu aman ko sonde",
                "does a cleaner in dubai need a work visa",
                "alamat kantor bp3mi di kupang",
                "help for workers who came home sick",
                "gaji di kapal atau di kebun sawit, mana yang lebih besar",
                "PT yang datang ke desa itu terdaftar kah, sa mau tau sebelum ikut",
                "katanya ijin suami harus ada, yg mana yg harus ditandatangani kades",
                // a request typed into a search box: the signs of something (round 16)
                "tanda agen penyalur yang tidak terdaftar",
                "tanda-tanda tawaran kerja kapal yang menipu",
                "signs of a fake recruitment agency"
            })
    void questionsAreQuestions(String text) {
        assertThat(TopicQuestions.isQuestion(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ada calo di desa kami, rekrut anak SMA ke Malaysia",
                "om Yanto bawa 3 anak ke Kupang tadi malam",
                "agen kasih uang 2 juta ke bapa saya minggu lalu",
                "a recruiter is taking girls from our village to Batam",
                "calo bilang anak2 bisa tidak bayar, dia bawa 4 anak dari desa kami",
                "saya dulu kerja di Johor dua tahun, sekarang sudah pulang",
                "dari mana-mana orang datang, yang mana saja dia ajak ke batam",
                "tanda tangan kontrak sudah kemarin di kantor PT",
                "tanda terima uang dari sponsor saya simpan"
            })
    void reportsAreNot(String text) {
        assertThat(TopicQuestions.isQuestion(text)).as(text).isFalse();
    }

    @Test
    void aRelatedTopicLinkThatSaysTheSameAsTheAddedButtonIsLeftOut() {
        assertThat(TopicQuestions.sameWords("➡️ Report a broker", "🚨 Report a broker")).isTrue();
        assertThat(TopicQuestions.sameWords("➡️ Important numbers", "🚨 Report a broker"))
                .isFalse();
    }
}
