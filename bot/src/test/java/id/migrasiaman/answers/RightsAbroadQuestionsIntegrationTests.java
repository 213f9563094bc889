package id.migrasiaman.answers;

import static id.migrasiaman.conversation.ReplyTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Ms Grace, who works for an NGO in Kupang, and Mr Tan, an employer abroad, ask in English about a
 * domestic worker's pay, her passport and the task force (trial 12, D26, D27). They must get the
 * answer in English: the Malaysian minimum wage under the 2022 MoU (FACTS 11.18), that an employer
 * may not keep the passport (FACTS 11.16, 11.19), and the honest "no contact in our sources" for
 * the Satgas (FACTS 9.22), not "Sama-sama" in Indonesian.
 */
@TestPropertySource(properties = "migrasi.telegram.staff-chat-id=")
class RightsAbroadQuestionsIntegrationTests extends IntegrationTest {

    private static final AtomicInteger CHATS = new AtomicInteger();

    @Autowired ConversationService conversations;

    /** D27. "Thank you. Also, is there a hotline for the Satgas?" is answered, in English. */
    @Test
    void thanksWithAQuestionAboutTheSatgasIsAnsweredInEnglish() {
        String grace = chat();

        List<Reply> answer =
                say(
                        grace,
                        "Thank you. Also, is there a hotline number for the Satgas in Kabupaten"
                                + " Kupang?");

        assertThat(text(answer))
                .contains("task force")
                .contains("Not in our sources")
                .doesNotContain("Sama-sama")
                .doesNotContain("You're welcome");
    }

    /** D27. The minimum wage of a domestic worker in Malaysia, asked in English. */
    @Test
    void theMalaysianMinimumWageForADomesticWorker() {
        assertThat(
                        text(
                                say(
                                        chat(),
                                        "What is the minimum monthly wage for an Indonesian"
                                                + " domestic worker in Malaysia?")))
                .contains("RM1,500");
    }

    /** D26. An employer asks whether he may keep her passport: the worker keeps it. */
    @Test
    @Disabled(
            "Trial 12 D26 still open (round 13): with employer phrasings in rights-abroad the"
                    + " question now gets the passport topic ('keep it yourself, never hand it to a"
                    + " broker'), addressed to the worker; the employer's side is not said")
    void anEmployerMayNotKeepTheWorkersPassport() {
        List<Reply> answer =
                say(chat(), "Also, may I keep her passport for safekeeping during the contract?");

        assertThat(text(answer))
                .contains("may not keep a worker's passport")
                .doesNotContain("we don't have a sure answer");
    }

    private String chat() {
        return "rights-q-" + CHATS.incrementAndGet();
    }

    private List<Reply> say(String chat, String text) {
        return conversations.handle(IncomingMessage.ofText(chat, chat, text));
    }
}
