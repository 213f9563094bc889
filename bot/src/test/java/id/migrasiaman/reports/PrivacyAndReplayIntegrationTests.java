package id.migrasiaman.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.BotReplies;
import id.migrasiaman.telegram.FakeBotApi;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The reporter is never exposed: an anonymous reporter's Telegram id is in no log line and no
 * stored field; a replayed batch of updates creates no second report.
 */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyAndReplayIntegrationTests extends TelegramChatTest {

    private static final long USER = 913_579_246L;

    @Autowired MongoDatabase database;

    @Test
    void anonymousReporterLeavesNoTraceOfTheirId(CapturedOutput output) {
        BotConversation user = new BotConversation(BOT_API, USER);
        user.say("/start");
        user.say("/lapor calo om Beni di Naibonat rekrut anak sekolah ke Malaysia 0813-3900-1122");
        user.press("r:skip");
        for (int i = 0; i < 10 && !BotReplies.text(user.sent()).contains("menghubungi"); i++) {
            user.press("r:skip");
        }
        user.press("r:contact:no");
        assertThat(BotReplies.text(user.press("r:send"))).contains("LPR-");

        assertThat(output.getAll())
                .doesNotContain(String.valueOf(USER))
                .doesNotContain("bot" + FakeBotApi.TOKEN)
                .doesNotContain("rekrut anak sekolah");
        assertThat(everythingStored()).doesNotContain(String.valueOf(USER));
    }

    @Test
    void replayedUpdatesCreateNoDuplicateReport() {
        BotConversation user = new BotConversation(BOT_API, 720_001);
        List<String> updates = new ArrayList<>();
        updates.add(user.lastUpdateJson("/lapor calo di Semau kirim orang lewat Batam"));
        long before = database.getCollection("reports").countDocuments();
        for (String update : updates) {
            user.deliver(update);
        }
        for (int i = 0; i < 12 && !BotReplies.text(user.sent()).contains("Ringkasan"); i++) {
            user.press("r:skip");
        }
        String send =
                "{\"update_id\":9200001,\"callback_query\":{\"id\":\"cbx\",\"from\":{\"id\":720001,\"is_bot\":false,"
                        + "\"first_name\":\"N\"},\"message\":{\"message_id\":9,\"date\":1700000000,\"chat\":{\"id\":720001,"
                        + "\"type\":\"private\"},\"text\":\"x\"},\"chat_instance\":\"1\",\"data\":\"r:send\"}}";
        user.deliver(send);
        int sentAfterFirst = user.sent().size();
        BOT_API.deliverOnce("[" + send + "," + updates.get(0) + "]");
        BOT_API.deliverOnce("[]");
        org.awaitility.Awaitility.await()
                .pollDelay(java.time.Duration.ofSeconds(2))
                .until(() -> true);
        assertThat(database.getCollection("reports").countDocuments()).isEqualTo(before + 1);
        assertThat(user.sent()).hasSize(sentAfterFirst);
    }

    private String everythingStored() {
        StringBuilder all = new StringBuilder();
        for (String name : database.listCollectionNames()) {
            for (Document d : database.getCollection(name).find()) {
                all.append(d.toJson()).append('\n');
            }
        }
        return all.toString();
    }
}
