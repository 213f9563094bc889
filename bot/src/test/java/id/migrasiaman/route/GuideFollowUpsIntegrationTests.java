package id.migrasiaman.route;

import static id.migrasiaman.conversation.ReplyTexts.buttons;
import static id.migrasiaman.conversation.ReplyTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Yakobus, 23, from Oesao, follows the guide to a factory in Taiwan, then changes his mind to
 * Japan's government programme, and types his questions about the step on screen (trial 12: D7, D9,
 * D10, D11, D12). Each question must stay in the guide and answer what he asked: the SKCK at the
 * Polres, where the Polres is, a change of country, the training, reporting himself in Japan.
 */
@TestPropertySource(properties = "migrasi.telegram.staff-chat-id=")
class GuideFollowUpsIntegrationTests extends IntegrationTest {

    private static final AtomicInteger CHATS = new AtomicInteger();

    @Autowired ConversationService conversations;

    /** D7. "Why the Polres, can't the Polsek near my house do it?" at the documents step. */
    @Test
    void whyTheSkckComesFromThePolresIsAnsweredInTheDocumentsStep() {
        String yakobus = atTaiwanDocuments();

        List<Reply> answer =
                say(yakobus, "knp SKCK harus di polres? polsek dekat rumah tdk bisa ko?");

        assertThat(text(answer))
                .contains("Siapkan dokumen")
                .contains("Polsek tidak membuatnya")
                .contains("berlaku 6 bulan")
                .doesNotContain("kami hanya bisa membantu");
        assertThat(buttons(answer)).contains("j:s");
    }

    /** D7 in English: a volunteer helping him asks the same. */
    @Test
    void whyTheSkckComesFromThePolresInEnglish() {
        String helper = atTaiwanDocuments();

        List<Reply> answer =
                say(
                        helper,
                        "Why does the SKCK have to come from the Polres? Can't the local Polsek do it?");

        assertThat(text(answer))
                .contains("a Polsek does not issue one")
                .doesNotContain("we can only help");
        assertThat(buttons(answer)).contains("j:s");
    }

    /**
     * D9. After "🤔 Saya ragu" he asks where the Polres is and how long the SKCK takes: the Polres
     * (whom to ask for its address) and the SKCK's own time, not the whole route's duration.
     */
    @Test
    void whereThePolresIsAndHowLongTheSkckTakes() {
        String yakobus = atTaiwanDocuments();
        press(yakobus, "j:q");

        List<Reply> answer = say(yakobus, "dmn kantor polres kupang? brp lama bikin skck?");

        assertThat(text(answer))
                .contains("Polres Kupang")
                .contains("Bhabinkamtibmas")
                .contains("SKCK berlaku 6 bulan")
                .doesNotContain("dari daftar sampai berangkat")
                .doesNotContain("apfomasmaid");
    }

    /**
     * D10. He types that he wants Japan instead and asks whether his documents still count: the
     * guide offers the switch to Japan and says the personal documents carry over.
     */
    @Test
    void typingAnotherCountryOffersTheSwitchAndSaysWhatCarriesOver() {
        String yakobus = atTaiwanDocuments();

        List<Reply> answer =
                say(
                        yakobus,
                        "eh sy ganti pikiran, sy mau ke jepang saja. dokumen yg su sy siapkan masih"
                                + " bisa pake ko?");

        assertThat(text(answer))
                .contains("Mau ganti jalur ke")
                .contains("Jepang")
                .contains("KTP")
                .doesNotContain("belum punya jawaban pasti");
        assertThat(buttons(answer)).contains("j:c:JP", "j:s");
        List<Reply> japan = press(yakobus, "j:c:JP");
        assertThat(text(japan)).contains("Jepang");
        assertThat(buttons(japan)).contains("j:w:g-to-g");
    }

    /** D10 in English, without a question mark. */
    @Test
    void typingAnotherCountryInEnglishOffersTheSwitch() {
        String chat = atTaiwanDocuments();

        List<Reply> answer = say(chat, "Actually I would rather go to Korea instead");

        assertThat(text(answer)).contains("Switch your route to").contains("South Korea");
        assertThat(buttons(answer)).contains("j:c:KR");
    }

    /**
     * D11. At "Pelatihan & sertifikat" of Japan G to G he asks how long and how much the training
     * is and which jobs G to G Japan has: the training step, whom to ask for its time, and the
     * Japan note (which jobs are open is not in our sources: FACTS 2.7 names no sector), not the
     * registration-to-departure line.
     */
    @Test
    void howLongTheTrainingTakesGetsTheTrainingStep() {
        String yakobus = chat();
        press(yakobus, "j:c:JP");
        press(yakobus, "j:w:g-to-g");
        press(yakobus, "j:d:0");
        press(yakobus, "j:d:1");
        press(yakobus, "j:d:2");

        List<Reply> answer =
                say(
                        yakobus,
                        "pelatihan ini brp lama? biaya brp? G to G jepang itu utk kerja apa saja?");

        assertThat(text(answer))
                .contains("Pelatihan &amp; sertifikat")
                .contains("belum ada di sumber kami")
                .doesNotContain("sektor kesehatan")
                .contains("belum ada angka resmi")
                .doesNotContain("dari daftar sampai berangkat")
                .doesNotContain("apfomasmaid");
    }

    /**
     * D12. With every step done he asks where to report himself in Japan and whom to call: the last
     * step (Peduli WNI, the Kemlu hotline) and the honest note that Japan's numbers are not in the
     * sources.
     */
    @Test
    void reportingYourselfInJapanAfterTheLastStep() {
        String yakobus = chat();
        press(yakobus, "j:c:JP");
        press(yakobus, "j:w:g-to-g");
        for (int i = 0; i < 11; i++) {
            press(yakobus, "j:d:" + i);
        }

        List<Reply> answer =
                say(
                        yakobus,
                        "lapor diri di jepang itu di mana? trus kalo ada masalah di jepang sy telpon"
                                + " sapa?");

        assertThat(text(answer))
                .contains("peduliwni.kemlu.go.id")
                .contains("+62 812 9007 0027")
                .contains("KBRI Tokyo belum ada");
    }

    private String atTaiwanDocuments() {
        String chat = chat();
        press(chat, "j:c:TW");
        press(chat, "j:w:factory");
        press(chat, "j:d:0");
        return chat;
    }

    private String chat() {
        return "guide-f-" + CHATS.incrementAndGet();
    }

    private List<Reply> say(String chat, String text) {
        return conversations.handle(IncomingMessage.ofText(chat, chat, text));
    }

    private List<Reply> press(String chat, String data) {
        return conversations.handle(
                new IncomingMessage(chat, chat, new Content.Button(data), null, null, null, null));
    }
}
