package id.migrasiaman.conversation;

import static id.migrasiaman.telegram.BotConversation.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trial 16 (D9, D19): a man who opens with "sa tukang ojek di oesao" was told "Maaf, kami hanya
 * bisa membantu soal kerja ke luar negeri" before he could say why he came; a Kupang resident's
 * everyday questions (a lost KTP, a wrong name on the KK, BPJS at a local shop, a lost wallet, a
 * local job) got a flat refusal, and the KK question a first-contact "Halo!".
 */
class EverydayPointersIntegrationTests extends IntegrationTest {

    private static final String REFUSAL = "kami hanya bisa membantu soal kerja ke luar negeri";

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void aManIntroducingHimselfIsWelcomedAndKeptTalking() {
        BotConversation ojek = new BotConversation(BOT_API, 849_010);
        assertThat(text(ojek.say("bro sa tukang ojek di oesao")))
                .contains("Terima kasih sudah memperkenalkan diri")
                .doesNotContain(REFUSAL);
        BotConversation guru = new BotConversation(BOT_API, 849_011);
        assertThat(text(guru.say("saya guru SD di Amarasi")))
                .contains("memperkenalkan diri")
                .doesNotContain(REFUSAL);
    }

    @Test
    void everydayQuestionsGetTheRefusalAndWhereToGo() {
        BotConversation warga = new BotConversation(BOT_API, 849_012);
        assertThat(text(warga.say("kak sa pung KTP hilang, urus baru di mana?")))
                .contains(REFUSAL, "Dukcapil");
        assertThat(text(warga.say("KK sa salah nama, bisa ganti di dukcapil oelamasi?")))
                .contains("Dukcapil")
                .doesNotContain("Halo!", "Senang Anda menghubungi");
        assertThat(
                        text(
                                warga.say(
                                        "sa kerja di toko di kupang, bos sonde daftar BPJS"
                                                + " ketenagakerjaan, boleh ko?")))
                .contains("BPJS Ketenagakerjaan", "Disnaker");
        assertThat(text(warga.say("dompet sa hilang di pasar oeba tadi")))
                .contains("Polsek terdekat")
                .doesNotContain("Nomor bantuan resmi", "Apakah ada orang dalam bahaya");
        assertThat(text(warga.say("ada lowongan kerja di kupang ko? sa mau kerja di kota sa")))
                .contains("Disnaker Kabupaten Kupang");
    }

    @Test
    void pointersNameOnlyTheOfficeNeverANumberOrAnAddress() {
        assertThat(EverydayPointers.keys("kk, sa mau tanya resep se'i")).isEmpty();
        assertThat(EverydayPointers.keys("KK sa salah nama"))
                .containsExactly("outofscope.pointer.dukcapil");
        assertThat(EverydayPointers.keys("hp saya hilang di bemo, gimana cara blokir nomor?"))
                .contains("outofscope.pointer.number", "outofscope.pointer.lost");
        assertThat(EverydayPointers.askedInsteadOfGreeting("halo kak, KK sa salah nama ya?"))
                .isFalse();
    }
}
