package id.migrasiaman.emergency;

import static id.migrasiaman.conversation.ReplyTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Found by a black-box trial (trial 12, D21): an aunt types for the mother of a 15-year-old girl
 * taken yesterday. She is not the one in danger: she gets what a family can do, not "share your
 * location" and "delete this chat if the people holding you could check this phone".
 */
class TrialTwelveWritingForSomeoneIntegrationTests extends IntegrationTest {

    @Autowired ConversationService conversations;

    @Test
    void anAuntTypingForAMotherGetsTheFamilyAdvice() {
        List<Reply> replies =
                send(
                        "t12-mince",
                        "sore kak. sy tanta dari anak perempuan umur 15 thn di desa oebelo. kemarin"
                                + " sore dia dijemput laki2 pake motor, katanya mau kerja di bali."
                                + " HP nya skrg mati. sy ketik ini utk mamanya yg tdk bisa baca");

        assertThat(text(replies))
                .contains("Jika keluarga atau teman Anda dalam bahaya sekarang")
                .doesNotContain("Jika Anda dalam bahaya sekarang")
                // round 22 trial: the family's block spoke of "the people holding you"
                .doesNotContain("menahan Anda");
    }

    @Test
    void anAuntWritingInEnglishForAMotherGetsTheFamilyAdvice() {
        List<Reply> replies =
                send(
                        "t12-aunt-en",
                        "Good evening. I am the aunt of a 15 year old girl in Oebelo. Yesterday a"
                                + " man took her away on a motorbike, saying she would work in Bali."
                                + " Her phone is off now. I am typing this for her mother, who"
                                + " cannot read.");

        assertThat(text(replies))
                .contains("If your relative or friend is in danger now")
                .doesNotContain("If you are in danger now")
                .doesNotContain("holding you");
    }

    private List<Reply> send(String id, String text) {
        return conversations.handle(IncomingMessage.ofText(id, id, text));
    }
}
