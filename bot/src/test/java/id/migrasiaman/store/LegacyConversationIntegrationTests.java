package id.migrasiaman.store;

import static id.migrasiaman.telegram.BotReplies.REPORT_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.ConversationStates;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deployment upgraded in the middle of someone's report: the conversation was stored in the old
 * form (flow and step names, a flat map of strings) and is read, continued and sent in the typed
 * form, over the embedded MongoDB's socket.
 */
class LegacyConversationIntegrationTests extends IntegrationTest {

    @Autowired MongoDatabase database;
    @Autowired ConversationStates states;
    @Autowired ConversationService conversations;
    @Autowired ReportQueue queue;

    @Test
    void anUnfinishedReportStoredInTheOldFormIsContinuedAndSent() {
        String id = "legacy-" + UUID.randomUUID();
        database.getCollection("conversations")
                .insertOne(
                        new Document("_id", id)
                                .append("language", "id")
                                .append("flow", "report")
                                .append("step", "CONTACT")
                                .append(
                                        "data",
                                        new Document("nonce", "legacy-" + id)
                                                .append(
                                                        "what",
                                                        "Calo minta 5 juta untuk ke Malaysia")
                                                .append("who", "Om Beni")
                                                .append("kecamatan", "Kupang Timur")
                                                .append("lat", "-10.1")
                                                .append("lon", "123.6")
                                                .append("phones", "081234567890")
                                                .append("destinations", "MY,SG")
                                                .append("victims", "2-5"))
                                .append("version", 4L)
                                .append("updatedAt", Date.from(Instant.now())));
        states.forget(id);

        ReportState read = states.find(id).orElseThrow().active(ReportState.class).orElseThrow();
        assertThat(read.step()).isEqualTo(ReportStep.CONTACT);
        assertThat(read.destinations()).containsExactly("MY", "SG");
        assertThat(read.phones()).containsExactly("081234567890");
        assertThat(read.lat()).isEqualTo(-10.1);

        List<Reply> summary = press(id, "r:contact:no", "k1");
        assertThat(summary.get(summary.size() - 1).html())
                .contains("Calo minta 5 juta")
                .contains("Om Beni")
                .contains("Malaysia, Singapura");
        Document stored =
                database.getCollection("conversations").find(new Document("_id", id)).first();
        assertThat(stored.get("flow", Document.class).getString("type")).isEqualTo("report");
        assertThat(stored.get("flow", Document.class).getList("destinations", String.class))
                .containsExactly("MY", "SG");
        assertThat(stored).doesNotContainKey("data");
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(5);

        List<Reply> sent = press(id, "r:send", "k2");
        Matcher code = REPORT_CODE.matcher(sent.get(0).html());
        assertThat(code.find()).as(sent.get(0).html()).isTrue();
        Report report = queue.find(code.group()).orElseThrow();
        assertThat(report.facts().what()).contains("Calo minta 5 juta");
        assertThat(report.facts().destinations()).contains("MY", "SG");
        assertThat(report.facts().kecamatan()).isEqualTo("Kupang Timur");
        assertThat(states.find(id).orElseThrow().active()).isNull();
    }

    private List<Reply> press(String id, String data, String key) {
        return conversations.handle(
                new IncomingMessage(
                        id,
                        id,
                        new Content.Button(data),
                        "id",
                        Instant.now(),
                        null,
                        "t:" + id + key));
    }
}
