package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which questions ask who runs the bot or ask it to check a phone number, and which do not. */
class QuestionsAboutTheBotAndNumbersTests {

    @Test
    void whoRunsTheBotInThreeLanguages() {
        assertThat(AboutTheBot.asksWhoRunsIt("ini bot siapa?")).isTrue();
        assertThat(AboutTheBot.asksWhoRunsIt("siapa yang bikin bot ini, resmi ko?")).isTrue();
        assertThat(AboutTheBot.asksWhoRunsIt("who runs this bot?")).isTrue();
        assertThat(AboutTheBot.asksWhoRunsIt("is this bot official?")).isTrue();
        assertThat(AboutTheBot.asksWhoRunsIt("lu sapa?")).isTrue();
    }

    @Test
    void questionsThatOnlyMentionTheBotAreNotAboutWhoRunsIt() {
        assertThat(AboutTheBot.asksWhoRunsIt("bisa buat laporan lewat bot ini?")).isFalse();
        assertThat(AboutTheBot.asksWhoRunsIt("calo ini siapa?")).isFalse();
        assertThat(AboutTheBot.asksWhoRunsIt("siapa yang boleh menempatkan PMI?")).isFalse();
        assertThat(AboutTheBot.asksWhoRunsIt("bot ini bisa cek tawaran kerja?")).isFalse();
    }

    @Test
    void askingToCheckANumber() {
        assertThat(PhoneNumberQuestions.asksToCheckANumber("nomor ini 0812… calo ko bukan?"))
                .isTrue();
        assertThat(PhoneNumberQuestions.asksToCheckANumber("bisa cek nomor hp calo?")).isTrue();
        assertThat(
                        PhoneNumberQuestions.asksToCheckANumber(
                                "can you check this number +6281234567890?"))
                .isTrue();
        assertThat(PhoneNumberQuestions.asksToCheckANumber("0813 4455 6677 ini agen resmi ka?"))
                .isTrue();
    }

    @Test
    void askingForANumberIsNotAskingToCheckOne() {
        assertThat(PhoneNumberQuestions.asksToCheckANumber("nomor KP2MI berapa?")).isFalse();
        assertThat(PhoneNumberQuestions.asksToCheckANumber("nomor polisi brp")).isFalse();
        assertThat(PhoneNumberQuestions.asksToCheckANumber("nomor resmi KBRI Kuala Lumpur apa?"))
                .isFalse();
        assertThat(
                        PhoneNumberQuestions.asksToCheckANumber(
                                "Ada calo di Oesao, nomornya 081234567890, dia rekrut anak SMA"))
                .isFalse();
    }
}
