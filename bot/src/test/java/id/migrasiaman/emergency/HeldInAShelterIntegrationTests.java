package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lead's chat trial, round 24: a young woman walking the legal-route guide wrote "kaka sa ada di
 * penampungan di batam, pintu dikunci, hp su diambil". The alarm went out, but the advice was the
 * one for a family at home ("Jika keluarga atau teman Anda dalam bahaya sekarang"): "kaka" was read
 * as "my sibling". She is the one held: what she can do now, with Indonesia's numbers (Batam).
 */
class HeldInAShelterIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void theWriterLockedInAShelterGetsTheAdviceForHerself() {
        BotConversation woman = new BotConversation(BOT_API, 892_000_101L);
        long urgentBefore = queue.urgentWaiting();
        woman.say("/jalur");

        String alarm =
                text(
                        woman.say(
                                "kaka sa ada di penampungan di batam, pintu dikunci, hp su diambil"));

        assertThat(alarm)
                .contains("110", "Jika Anda dalam bahaya sekarang")
                .doesNotContain("Jika keluarga atau teman Anda dalam bahaya", "999");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore + 1);
    }
}
