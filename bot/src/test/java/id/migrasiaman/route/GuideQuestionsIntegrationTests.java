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
 * People who type questions while the guide is on screen, and people who said where they want to go
 * before they opened it (trial 11: D1, D3, D29). The whole application with its real language
 * models and retrieval; the wording is the testers' own stories, not an eval set.
 */
@TestPropertySource(properties = "migrasi.telegram.staff-chat-id=")
class GuideQuestionsIntegrationTests extends IntegrationTest {

    private static final AtomicInteger CHATS = new AtomicInteger();

    @Autowired ConversationService conversations;

    /**
     * D1. Yosef, 20, from Kupang Timur, is at "Daftar di Disnaker" on his Korea route, presses "🤔
     * Saya ragu", is invited to write his question, and asks in Kupang Malay whether he can
     * register online because he lives far away. He gets the registration step of his own route
     * (SIAPkerja online), not the off-topic refusal, and his place stays where it was.
     */
    @Test
    void aQuestionAfterSayaRaguIsAnsweredInTheGuideAndTheGuideStays() {
        String yosef = chat();
        press(yosef, "j:c:KR");
        press(yosef, "j:w:factory");
        press(yosef, "j:d:0");
        press(yosef, "j:d:1");
        assertThat(text(press(yosef, "j:q"))).contains("Tulis pertanyaan Anda di sini");

        List<Reply> answer = say(yosef, "bisa daftar online sa ko? jauh dari oelamasi");

        assertThat(text(answer))
                .contains("Korea Selatan")
                .contains("Daftar di Disnaker")
                .contains("SIAPkerja")
                .doesNotContain("kami hanya bisa membantu");
        assertThat(buttons(answer)).contains("j:s");
        List<Reply> back = press(yosef, "j:s");
        assertThat(text(back)).contains("Langkah 3 dari").contains("Daftar di Disnaker");
    }

    /**
     * D3. Inside his Korea route Yosef asks how long it takes until he leaves. FACTS has no
     * official duration (10.14): the guide says so, names KP2MI rather than a private agency on G
     * to G, and stays.
     */
    @Test
    void howLongUntilDepartureGetsTheHonestAnswerInTheGuide() {
        String yosef = chat();
        press(yosef, "j:c:KR");
        press(yosef, "j:w:factory");

        List<Reply> answer = say(yosef, "berapa lama proses sampai berangkat ke korea?");

        assertThat(text(answer))
                .contains("Belum ada angka resmi")
                .contains("KP2MI")
                .doesNotContain("P3MI Anda")
                .contains("Sumber");
        assertThat(buttons(answer)).contains("j:s");
    }

    /**
     * Om Frans, on his Malaysia plantation route at the first step, asks what a passport costs: the
     * passport step of his route answers, with the official fees and the note for Malaysia.
     */
    @Test
    void aQuestionAboutALaterStepGetsThatStepWithItsOfficialAmounts() {
        String frans = chat();
        press(frans, "j:c:MY");
        press(frans, "j:w:plantation");

        List<Reply> answer = say(frans, "berapa biaya bikin paspor?");

        assertThat(text(answer))
                .contains("Jalur Anda")
                .contains("Paspor")
                .contains("Rp350.000")
                .contains("majikan tidak boleh menahan paspor");
        assertThat(buttons(answer)).contains("j:s");
    }

    /** The guide does not take over a question about something else: it gets its own topic. */
    @Test
    void aQuestionOnAnotherSubjectIsNotHeldByTheGuide() {
        String chat = chat();
        press(chat, "j:c:MY");
        press(chat, "j:w:plantation");

        List<Reply> answer = say(chat, "bagaimana cara melaporkan calo?");

        assertThat(text(answer)).doesNotContain("Jalur Anda");
    }

    /**
     * D29. Daniel writes in English that he wants to work in Japan legally, is 23 and from Kupang.
     * When he opens the guide it starts at Japan, says so, and tells him the age rule he meets.
     */
    @Test
    void aCountryAndAgeSaidBeforeOpeningTheGuideArePreselected() {
        String daniel = chat();
        say(daniel, "Hi, I want to work in Japan legally. I'm 23 from Kupang. How do I start?");

        List<Reply> guide = say(daniel, "/jalur");

        assertThat(text(guide))
                .contains("You mentioned Japan")
                .contains("You said you are 23")
                .contains("What kind of work in Japan?")
                .doesNotContain("Which country do you want to work in?");
        assertThat(buttons(guide)).contains("j:w:g-to-g", "j:x");
    }

    /** A kind of work said too ("kerja pabrik di Taiwan") opens the route at its first step. */
    @Test
    void aCountryAndAWorkSaidBeforeOpenTheRouteItself() {
        String chat = chat();
        say(chat, "sa mau kerja pabrik di taiwan, bagaimana caranya yang resmi?");

        List<Reply> guide = say(chat, "/jalur");

        assertThat(text(guide)).contains("Anda menyebut Taiwan, Pabrik").contains("Langkah 1 dari");
    }

    private String chat() {
        return "guide-q-" + CHATS.incrementAndGet();
    }

    private List<Reply> say(String chat, String text) {
        return conversations.handle(IncomingMessage.ofText(chat, chat, text));
    }

    private List<Reply> press(String chat, String data) {
        return conversations.handle(
                new IncomingMessage(chat, chat, new Content.Button(data), null, null, null, null));
    }
}
