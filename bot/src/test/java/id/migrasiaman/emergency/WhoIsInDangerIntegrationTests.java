package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.conversation.ConversationStates;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.InDanger;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.system.Pseudonyms;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through Telegram updates: who is in danger is decided once, when the alarm is raised, and kept
 * with the conversation; what the bot answers afterwards follows it. A mother whose child is locked
 * in by an employer in Johor is a relative at home: no location button, no "delete this chat", no
 * advice for the person held, and when she asks what to do, what a family can do.
 */
class WhoIsInDangerIntegrationTests extends TelegramChatTest {

    private static final String MOTHER = "anak saya dikunci majikan di johor";

    @Autowired MongoDatabase database;
    @Autowired Pseudonyms pseudonyms;
    @Autowired ConversationStates states;
    @Autowired ReportQueue queue;

    @Test
    void aMotherWhoseChildIsLockedInGetsTheRelativesAnswersThroughout() {
        long chat = 875_000_001L;
        BotConversation mother = new BotConversation(BOT_API, chat);

        List<JsonNode> alarm = mother.say(MOTHER);

        String code = StaffChat.codeIn(text(alarm));
        assertThat(code).isNotBlank();
        assertThat(alarm.toString()).doesNotContain("request_location");
        assertThat(text(alarm))
                .contains("Jika keluarga atau teman Anda dalam bahaya sekarang")
                .doesNotContain("hapus percakapan ini", "Jika Anda dalam bahaya sekarang");
        assertThat(inDanger(chat)).isEqualTo(InDanger.RELATIVE);

        List<JsonNode> asked = mother.say("sy harus bikin apa?");

        assertThat(text(asked))
                .contains("Yang bisa keluarga lakukan", "Peduli WNI")
                .doesNotContain("Yang bisa Anda lakukan", "hapus percakapan ini");
        assertThat(asked.toString()).doesNotContain("request_location");
        // Staff see one urgent report, opened by her first message.
        Report report = queue.find(code).orElseThrow();
        assertThat(report.messages().get(0).text()).isEqualTo(MOTHER);
        assertThat(inDanger(chat)).isEqualTo(InDanger.RELATIVE);
    }

    @Test
    void theWorkerHeldIsRecordedAsTheWriterAndGetsHerOwnSteps() {
        long chat = 875_000_002L;
        BotConversation worker = new BotConversation(BOT_API, chat);
        worker.say("tolong sa dikunci di rumah majikan di johor, sa takut");

        assertThat(inDanger(chat)).isEqualTo(InDanger.WRITER);
        assertThat(text(worker.say("sa harus bagaimana sekarang?")))
                .contains("Yang bisa Anda lakukan")
                .doesNotContain("Yang bisa keluarga lakukan");
    }

    @Test
    void aChildWritingOfHerselfIsRecordedAsTheChildAndToldNotToGo() {
        long chat = 875_000_003L;
        BotConversation girl = new BotConversation(BOT_API, chat);
        girl.say(
                "kak aku umur 15, ada om tawarin kerja di bali jaga toko, gaji 3 juta, katanya besok"
                        + " berangkat ga usah bilang mama");

        assertThat(inDanger(chat)).isEqualTo(InDanger.CHILD_WRITER);
        assertThat(text(girl.say("aku harus gmn kak?")))
                .contains("Jangan ikut dia", "SAPA 129")
                .doesNotContain("Yang bisa keluarga lakukan", "Yang bisa Anda lakukan");
    }

    /**
     * A conversation saved by the release before this field (no {@code inDanger} in its emergency)
     * is decided once from the alarm's first text, then kept.
     */
    @Test
    void anEmergencySavedBeforeTheFieldIsDecidedOnceFromTheAlarm() {
        long chat = 875_000_004L;
        BotConversation mother = new BotConversation(BOT_API, chat);
        mother.say(MOTHER);
        String id = pseudonyms.of("tg-chat", String.valueOf(chat));
        long changed =
                database.getCollection("conversations")
                        .updateOne(Filters.eq("_id", id), Updates.unset("flow.inDanger"))
                        .getModifiedCount();
        assertThat(changed).isEqualTo(1);
        states.forget(id);
        assertThat(inDanger(chat)).isEqualTo(InDanger.UNDECIDED);

        assertThat(text(mother.say("sy harus bikin apa?"))).contains("Yang bisa keluarga lakukan");
        assertThat(inDanger(chat)).isEqualTo(InDanger.RELATIVE);
    }

    private InDanger inDanger(long chat) {
        String id = pseudonyms.of("tg-chat", String.valueOf(chat));
        states.forget(id);
        return states.find(id)
                .flatMap(s -> s.active(EmergencyState.class))
                .map(EmergencyState::inDanger)
                .orElseThrow();
    }
}
