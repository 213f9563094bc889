package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lead's chat trial, round 22, through Telegram updates: a weak signal got "is anyone in danger
 * now?", the person answered "not now" (a button or a word), and a while later pressed 🚨 to say
 * there is danger after all. The urgent report and the staff alarm held only "[Ya, sekarang]"; they
 * carry the message that raised the question (the report's text; the staff alarm its short summary:
 * the country), so that staff can triage.
 */
class NotNowThenYesIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void aWorkerWhoSaidNotNowThenPressesYesGetsAnAlarmWithWhatSheWrote() {
        BotConversation worker = new BotConversation(BOT_API, 881_000_201L);
        String asked = text(worker.say("kak aku takut, aku kerja di kota kinabalu"));
        assertThat(asked).contains("dalam bahaya sekarang?");
        worker.press("em:no");

        String code = StaffChat.codeIn(text(worker.press("em:yes")));

        Report report = queue.find(code).orElseThrow();
        assertThat(report.priority()).isEqualTo(Priority.URGENT);
        assertThat(report.messages())
                .anySatisfy(
                        m ->
                                assertThat(m.text())
                                        .contains("aku kerja di kota kinabalu", "Ya, sekarang"));
        assertThat(report.facts().destinations()).contains("MY");
        AlarmChecks.staffTold(
                BOT_API,
                STAFF_CHAT,
                m -> m.contains(code) && m.contains("Malaysia") && !m.contains("takut"));
    }

    @Test
    void aGirlWhoTypedNoThenUsesTheEmergencyButtonGetsAnAlarmWithHerWords() {
        BotConversation girl = new BotConversation(BOT_API, 881_000_202L);
        assertThat(text(girl.say("tolong kak aku takut"))).contains("dalam bahaya sekarang?");
        girl.say("tidak");

        girl.press("m:emergency");
        String code = StaffChat.codeIn(text(girl.press("em:yes")));

        Report report = queue.find(code).orElseThrow();
        assertThat(report.messages())
                .anySatisfy(m -> assertThat(m.text()).contains("aku takut", "Ya, sekarang"));
        AlarmChecks.staffTold(BOT_API, STAFF_CHAT, m -> m.contains(code) && m.contains("URGENT"));
    }
}
