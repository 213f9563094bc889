package id.migrasiaman.reports.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.MongoTestSupport;
import id.migrasiaman.reports.ReportSettings;
import id.migrasiaman.store.ConversationRetentionJob;
import id.migrasiaman.store.RetentionSettings;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The finding: an abandoned draft (a broker's name and phone, a photo) and the last checked offer
 * stayed in {@code conversations} forever and kept the photo "referenced", so the 14-day evidence
 * purge never reached it.
 */
class AbandonedDraftRetentionTests extends MongoTestSupport {

    @Test
    void anAbandonedDraftGoesAfterFourteenDaysAndThenItsPhoto() {
        var db = reports.database;
        EvidenceRef photo =
                reports.evidence.store(
                        "ev:u:P1",
                        "PHOTO",
                        "p.jpg",
                        "image/jpeg",
                        new ByteArrayInputStream(new byte[] {9, 8, 7}));
        // GridFS stamps the wall clock; the test's clock decides what is old.
        db.getCollection("evidence.files")
                .updateMany(
                        new Document(),
                        new Document(
                                "$set", new Document("uploadDate", Date.from(clock.instant()))));
        MongoCollection<Document> conversations = db.getCollection("conversations");
        conversations.insertOne(
                conversation("c-draft", "report")
                        .append(
                                "data",
                                new Document("who", "Om Beni 081234567890")
                                        .append("evidence", EvidenceCodec.encode(photo))));
        conversations.insertOne(
                conversation("c-offer", null)
                        .append("data", new Document("offer", "Gaji 8 juta, hubungi 0812...")));
        conversations.insertOne(conversation("c-idle", null).append("data", new Document()));
        var drafts = ConversationRetentionJob.withoutCache(db, clock, RetentionSettings.defaults());
        var orphans = new OrphanEvidenceJob(db, reports.evidence, clock, ReportSettings.defaults());

        clock.advance(Duration.ofDays(8));
        assertThat(drafts.purge()).as("the offer, after 7 days").isEqualTo(1);
        assertThat(
                        conversations
                                .find(new Document("_id", "c-offer"))
                                .first()
                                .get("data", Document.class))
                .doesNotContainKey("offer");
        assertThat(conversations.find(new Document("_id", "c-draft")).first().getString("flow"))
                .isEqualTo("report");

        clock.advance(Duration.ofDays(7));
        assertThat(orphans.purge()).as("the draft still refers to the photo").isZero();
        assertThat(drafts.purge()).as("the draft, after 14 days").isEqualTo(1);
        Document draft = conversations.find(new Document("_id", "c-draft")).first();
        assertThat(draft.getString("flow")).isNull();
        assertThat(draft.get("data", Document.class)).isEmpty();
        assertThat(draft.getString("language")).isEqualTo("id");
        assertThat(draft.get("version", Number.class).longValue()).isEqualTo(4);

        assertThat(orphans.purge()).isEqualTo(1);
        assertThat(reports.evidence.open(photo.id())).isEmpty();
        assertThat(drafts.purge()).isZero();
    }

    private Document conversation(String id, String flow) {
        return new Document("_id", id)
                .append("language", "id")
                .append("flow", flow)
                .append("step", flow == null ? null : "WHO")
                .append("version", 3L)
                .append("updatedAt", Date.from(clock.instant()));
    }
}
