package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.BotReplies;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lead's chat trial with the round-21 release, through Telegram updates: a teenager confused by
 * the requirements ("help aku bingung baca syaratnya 😭😭") got the hotlines and "is anyone in
 * danger now?"; crying emoji and "bingung" are no danger, so she gets help with the requirements
 * and no alarm, while "help sy dikunci 😭" still alarms. A question typed under the danger question
 * ("tlg SKCK bikin di mana kak?") was filed as an answer ("Tercatat ✅"): it is answered, taken as
 * "not now", and the person can still say that someone is in danger.
 */
class ConfusedOrAskingIsNoAlarmIntegrationTests extends TelegramChatTest {

    private static final AtomicLong CHAT = new AtomicLong(876_000_001L);

    @Autowired ReportQueue queue;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "help aku bingung baca syaratnya 😭😭",
                "tolong kak sy bingung syarat ke malaysia 😢",
                "help, I'm confused by the requirements",
                "tolong dong kk, ini syaratnya apa sa?"
            })
    void aConfusedTeenagerAskingAboutTheRequirementsGetsHelpNotTheWall(String message) {
        BotConversation teen = new BotConversation(BOT_API, CHAT.getAndIncrement());
        long urgentBefore = queue.urgentWaiting();

        String reply = text(teen.say(message));

        assertThat(reply)
                .as(message)
                .doesNotContain("dalam bahaya sekarang?")
                .doesNotContain("in danger right now?")
                .doesNotContain("Nomor bantuan resmi")
                .doesNotContain("Official help numbers")
                .containsIgnoringCase(message.contains("requirements") ? "requir" : "syarat");
        assertThat(BotReplies.REPORT_CODE.matcher(reply).find()).as(message).isFalse();
        assertThat(queue.urgentWaiting()).as(message).isEqualTo(urgentBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help sy dikunci 😭", "tolong sa dipukul majikan"})
    void aCryForHelpWithHarmStillRaisesTheAlarm(String message) {
        BotConversation girl = new BotConversation(BOT_API, CHAT.getAndIncrement());

        String reply = text(girl.say(message));

        String code = StaffChat.codeIn(reply);
        assertThat(code).as(message).isNotBlank();
        assertThat(queue.find(code).orElseThrow().priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void aQuestionTypedUnderTheDangerQuestionIsAnsweredAndNoAlarm() {
        BotConversation girl = new BotConversation(BOT_API, CHAT.getAndIncrement());
        long urgentBefore = queue.urgentWaiting();
        String asked = text(girl.say("tolong kak aku takut"));
        assertThat(asked).contains("dalam bahaya sekarang?");

        List<JsonNode> replies = girl.say("tlg SKCK bikin di mana kak?");

        String reply = text(replies);
        assertThat(reply)
                .doesNotContain("Tercatat ✅")
                .contains("Dokumen yang wajib", "tidak ada orang dalam bahaya sekarang");
        assertThat(BotReplies.REPORT_CODE.matcher(reply).find()).isFalse();
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
        // She can still say that someone is in danger: one tap.
        List<String> buttons =
                replies.stream().flatMap(m -> BotConversation.buttonData(m).stream()).toList();
        assertThat(buttons).contains("em:yes");
        String alarm = text(girl.press("em:yes"));
        assertThat(StaffChat.codeIn(alarm)).isNotBlank();
    }

    @Test
    void aDangerTypedUnderTheQuestionAfterAQuestionStillAlarms() {
        BotConversation girl = new BotConversation(BOT_API, CHAT.getAndIncrement());
        girl.say("tolong kak aku takut");
        girl.say("tlg SKCK bikin di mana kak?");

        String reply = text(girl.say("sa dikunci majikan di rumah, paspor dia ambil"));

        assertThat(StaffChat.codeIn(reply)).isNotBlank();
    }
}
