package id.migrasiaman.answers;

import static id.migrasiaman.conversation.ReplyTexts.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.knowledge.Answers;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Questions that carry the words of another flow (an offer, a story, a danger) get their topic,
 * with the way into that flow beside it; offers pasted to be checked and confident danger keep
 * their flows. My own lines, not from any eval set.
 */
@TestPropertySource(properties = "migrasi.telegram.staff-chat-id=")
class QuestionsBesideFlowsIntegrationTests extends IntegrationTest {

    private static final AtomicInteger CHATS = new AtomicInteger();

    @Autowired ConversationService conversations;

    @Autowired Answers answers;

    @Test
    void aVisaQuestionWithAnOfferInItGetsTheVisaTopicAndTheOfferCheckButton() {
        List<Reply> replies =
                say(
                        "boleh gk saya berangkat ke sabah pakai visa pelancong, katanya izin kerja"
                                + " diurus di sana?");
        assertThat(opensWith(replies, "work-visa")).isTrue();
        assertThat(buttons(replies)).contains(Menus.CHECK_OFFER);
    }

    @Test
    void anOfferPastedToBeCheckedKeepsTheOfferCheck() {
        List<Reply> replies =
                say(
                        "Lowongan kebun sawit di Sabah, gaji 6 juta, biaya 4 juta dibayar dulu, pakai"
                                + " paspor pelancong, hubungi 081298765432. aman ko?");
        assertThat(replies.get(0).html()).contains("tanda bahaya");
        assertThat(opensWith(replies, "work-visa")).isFalse();
    }

    /**
     * A clear question about the procedure with a weak signal in it is answered without the hotline
     * list (safety9, from the black-box trial: a returned worker's wage question got the whole
     * wall); a weak signal in any other message still gets the hotlines first, its topic between
     * them and the danger question ({@code MessageRouter}'s {@code besideHotlines}).
     */
    @Test
    void aWeakDangerQuestionAboutTheProcedureGetsItsTopic() {
        List<Reply> replies = say("I'm afraid my agent is not licensed, where can I check?");
        assertThat(opensWith(replies, "licensed-agency")).isTrue();
        assertThat(replies).noneMatch(r -> r.html().contains("Petugas Satgas sudah diberi tahu"));
    }

    @Test
    void aConfidentDangerGetsTheAlarmAndNoTopic() {
        List<Reply> replies =
                say(
                        "tolong kami dikunci majikan di Johor sekarang, paspor diambil, kantor KBRI"
                                + " di mana?");
        assertThat(replies).anyMatch(r -> r.html().contains("Petugas Satgas sudah diberi tahu"));
        assertThat(opensWith(replies, "help-abroad")).isFalse();
    }

    @Test
    void aQuestionAtTheEndOfAShortStoryGetsItsTopicAndTheStoryButton() {
        List<Reply> replies =
                say(
                        "sy dulu kerja di kebun sawit sarawak, majikan tahan gaji 5 bulan. skrg sy sdh"
                                + " pulang, hak sy apa?");
        assertThat(opensWith(replies, "rights-abroad")).isTrue();
        assertThat(buttons(replies)).contains(Menus.STORY);
    }

    private List<Reply> say(String text) {
        String id = "beside-" + CHATS.incrementAndGet();
        return conversations.handle(IncomingMessage.ofText(id, id, text));
    }

    /** Whether a reply opens with {@code topic}'s title, in either language. */
    private boolean opensWith(List<Reply> replies, String topic) {
        return List.of("id", "en").stream()
                .map(lang -> "<b>" + answers.answer(topic, lang).orElseThrow().title() + "</b>")
                .anyMatch(t -> replies.stream().anyMatch(r -> r.html().startsWith(t)));
    }
}
