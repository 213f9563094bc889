package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.FakeBotApi;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** What a raised alarm and an everyday message look like to the person and to the staff chat. */
final class AlarmChecks {

    private final FakeBotApi api;
    private final String staffChat;
    private final ReportQueue queue;

    AlarmChecks(FakeBotApi api, String staffChat, ReportQueue queue) {
        this.api = api;
        this.staffChat = staffChat;
        this.queue = queue;
    }

    /**
     * Hotlines first (in the language of the message: "Nomor …" / "… numbers …"), an URGENT report,
     * the staff chat alerted within 10 s; returns the report's code.
     */
    String raised(List<JsonNode> replies, String kind) {
        assertThat(replies.get(0).path("text").asText()).as(kind).containsAnyOf("Nomor", "numbers");
        String code = StaffChat.codeIn(text(replies));
        assertThat(queue.find(code).orElseThrow().priority()).isEqualTo(Priority.URGENT);
        staffTold(api, staffChat, m -> m.contains(code) && m.contains("URGENT"));
        return code;
    }

    /** Waits up to 10 s for a message in the staff chat that {@code alarm} accepts. */
    static void staffTold(FakeBotApi api, String staffChat, Predicate<String> alarm) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> StaffChat.messages(api, staffChat).stream().anyMatch(alarm));
    }

    /**
     * {@code everyday} in a new conversation gets an answer, no URGENT report and nothing in the
     * staff chat; with {@code notAsked}, not even the one-tap danger question (in either language).
     */
    void noAlarmFor(BotConversation other, String everyday, String kind, boolean notAsked) {
        api.reset();
        long urgentBefore = queue.urgentWaiting();
        List<JsonNode> answers = other.say(everyday);
        assertThat(answers).isNotEmpty();
        if (notAsked) {
            assertThat(text(answers))
                    .as(kind)
                    .doesNotContain("dalam bahaya sekarang?")
                    .doesNotContain("in danger right now?");
        }
        assertThat(queue.urgentWaiting()).as(kind).isEqualTo(urgentBefore);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(StaffChat.messages(api, staffChat)).as(kind).isEmpty();
    }
}
