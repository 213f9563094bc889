package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Round 16: questions that retrieval behind the intent gate answered right and the conversation
 * layer lost, told as users write them (our own wording, not the sets').
 */
@TestPropertySource(properties = "migrasi.telegram.staff-chat-id=")
class RoundSixteenRoutingIntegrationTests extends IntegrationTest {

    @Autowired ConversationService conversations;

    private List<Reply> say(String chat, String text) {
        return conversations.handle(IncomingMessage.ofText(chat, chat, text));
    }

    private static String all(List<Reply> replies) {
        return replies.stream().map(Reply::html).collect(Collectors.joining("\n"));
    }

    /**
     * A mother whose son was sent back from Malaysia asks what help there is now: the return topic
     * answers her, not the family flow for a relative abroad who cannot be reached.
     */
    @Test
    void aMotherWhoseSonWasDeportedGetsTheReturnAnswerNotTheMissingRelativeFlow() {
        List<Reply> replies =
                say(
                        "843_001",
                        "anak saya dideportasi dari Sabah bulan lalu, ada bantuan apa buat dia"
                                + " sekarang?");

        assertThat(all(replies))
                .contains("Pulang ke kampung dan PMI yang dideportasi")
                .doesNotContain("Keluarga di luar negeri");
    }

    /** A student typing "tanda …" as into a search box wants the signs, not to report a broker. */
    @Test
    void signsTypedLikeASearchGetTheSignsNotTheReportPrompt() {
        List<Reply> replies = say("843_003", "tanda lowongan kerja ke malaysia yang palsu");

        assertThat(all(replies)).doesNotContain("Sepertinya Anda ingin melaporkan");
        assertThat(replies.get(0).html()).startsWith("<b>");
    }
}
