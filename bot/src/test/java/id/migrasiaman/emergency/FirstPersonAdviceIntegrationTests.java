package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotConversation.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trial 16 (D25): the advice went to the person in danger in the third person. A 15-year-old told
 * by an "om" to leave tomorrow without telling her mother was told "katakan di mana mereka
 * ditampung"; a plantation worker in Sarawak writing about himself, "sebutkan bahwa dia di
 * Sarawak". A mother writing about her son keeps the third person.
 */
class FirstPersonAdviceIntegrationTests extends IntegrationTest {

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void theChildHerselfIsToldWhatToDoInHerOwnWords() {
        BotConversation child = new BotConversation(BOT_API, 849_020);
        String reply =
                text(
                        child.say(
                                "kak aku umur 15, ada om tawarin kerja di malaysia jaga toko, gaji"
                                        + " 3 juta, katanya besok berangkat ga usah bilang mama"));
        assertThat(reply)
                .contains("110", "di bawah 18 tahun", "Jangan ikut", "di mana kamu sekarang")
                .doesNotContain("di mana mereka ditampung");
        assertThat(FirstPerson.theChild("kak aku umur 15, om bilang besok berangkat")).isTrue();
        assertThat(FirstPerson.theChild("anak saya umur 15 mau dibawa om besok")).isFalse();
    }

    @Test
    void aWorkerInSarawakIsToldToSayWhereHeIs() {
        BotConversation worker = new BotConversation(BOT_API, 849_021);
        String reply =
                text(
                        worker.say(
                                "sa kerja di kebun sawit di sarawak, majikan kunci sa di barak dan"
                                        + " ambil paspor sa, tolong"));
        assertThat(reply)
                .contains("KJRI Kuching")
                .contains("sebutkan bahwa Anda di Sarawak")
                .doesNotContain("bahwa dia di Sarawak");
    }

    @Test
    void aMotherWritingAboutHerSonKeepsTheThirdPerson() {
        BotConversation mother = new BotConversation(BOT_API, 849_022);
        String reply =
                text(
                        mother.say(
                                "anak saya kerja di kebun sawit di sarawak, majikan kunci dia di"
                                        + " barak dan ambil paspornya, tolong"));
        assertThat(reply).contains("KJRI Kuching").contains("bahwa dia di Sarawak");
    }
}
