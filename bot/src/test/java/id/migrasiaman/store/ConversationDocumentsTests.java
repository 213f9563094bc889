package id.migrasiaman.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.AppendState;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.EmergencyStep;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.FamilyStep;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.conversation.flows.MediaState;
import id.migrasiaman.conversation.flows.MediaStep;
import id.migrasiaman.conversation.flows.OfferState;
import id.migrasiaman.conversation.flows.OfferStep;
import id.migrasiaman.conversation.flows.PendingFile;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.conversation.flows.RouteDateState;
import id.migrasiaman.conversation.flows.SatgasState;
import id.migrasiaman.conversation.flows.StoryState;
import id.migrasiaman.conversation.flows.StoryStep;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The conversation codec: every flow's record round trip, and the old form read as typed. */
class ConversationDocumentsTests {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    static final ReportState REPORT =
            new ReportState(
                    ReportStep.DESTINATION,
                    true,
                    "n1",
                    "Calo minta 5 juta",
                    "Om Beni",
                    "Kupang Timur",
                    "Oesao",
                    -10.1,
                    123.6,
                    "week",
                    "lewat Batam",
                    "2-5",
                    "yes",
                    "3 orang",
                    "tg:1",
                    List.of("ev:pending:tg:a", "65f0|photo|1|x"),
                    List.of("081234567890"),
                    List.of("MY", "SG"),
                    List.of("Batam"));

    static final PendingFile PHOTO =
            new PendingFile(Content.MediaKind.PHOTO, 1234, "file-1", "uniq-1");

    static final List<FlowState> EVERY_FLOW =
            List.of(
                    REPORT,
                    new AppendState("LPR-AAAA-BBBB"),
                    new RouteDateState("medical-check"),
                    new SatgasState("LPR-AAAA-BBBB", REPORT),
                    new MediaState(MediaStep.CODE, List.of(PHOTO, PHOTO), "foto kontrak"),
                    new StoryState(StoryStep.ADVICE, "n2", "MY", "LEGAL", "Saya kerja", "Cek"),
                    new EmergencyState(
                            EmergencyStep.FOLLOW,
                            "LPR-CCCC-DDDD",
                            "tolong",
                            "MY",
                            "berapa?",
                            new SatgasState("LPR-AAAA-BBBB", REPORT)),
                    new FamilyState(
                            FamilyStep.EMPLOYER,
                            "n3",
                            "Adik tidak bisa dihubungi",
                            List.of("MY"),
                            "Maria",
                            "Johor",
                            "",
                            "",
                            "",
                            "LPR-EEEE-FFFF",
                            List.of(PHOTO)),
                    new OfferState(OfferStep.CHECKED));

    @Test
    void everyFlowComesBackAsItWasStored() {
        for (FlowState flow : EVERY_FLOW) {
            ConversationState state =
                    new ConversationState("c", "en", flow, Recall.offer("Gaji 8 juta", AT), 7, AT);
            Document stored = ConversationDocuments.toDocument(state);
            assertThat(stored.get("flow", Document.class).getString("type")).isEqualTo(flow.name());
            assertThat(ConversationDocuments.fromDocument(stored)).isEqualTo(state);
        }
    }

    @Test
    void noFlowAndNoRecallStayNone() {
        ConversationState idle = new ConversationState("c", "id", null, null, 1, AT);
        assertThat(ConversationDocuments.fromDocument(ConversationDocuments.toDocument(idle)))
                .isEqualTo(idle);
    }

    @Test
    void anUnknownTypeOrStepReadsAsNoFlowOrTheFirstStep() {
        Document future = ConversationDocuments.toDocument(idle());
        future.put("flow", new Document("type", "newer-flow"));
        assertThat(ConversationDocuments.fromDocument(future).active()).isNull();
        future.put("flow", new Document("type", "story").append("step", "NEWER"));
        assertThat(ConversationDocuments.fromDocument(future).active())
                .isEqualTo(StoryState.intro(""));
    }

    @Test
    void anOldReportIsReadTyped() {
        Document old =
                legacy("report", "DESTINATION")
                        .append(
                                "data",
                                new Document("nonce", "n1")
                                        .append("editing", "true")
                                        .append("what", "Calo minta 5 juta")
                                        .append("who", "Om Beni")
                                        .append("kecamatan", "Kupang Timur")
                                        .append("village", "Oesao")
                                        .append("lat", "-10.1")
                                        .append("lon", "123.6")
                                        .append("when", "week")
                                        .append("route", "lewat Batam")
                                        .append("victims", "2-5")
                                        .append("minors", "yes")
                                        .append("people", "3 orang")
                                        .append("contact", "tg:1")
                                        .append("evidence", "ev:pending:tg:a,65f0|photo|1|x")
                                        .append("phones", "081234567890")
                                        .append("destinations", "MY,SG")
                                        .append("transits", "Batam"));
        assertThat(ConversationDocuments.fromDocument(old).active()).isEqualTo(REPORT);
    }

    @Test
    void anEmergencyKeepsTheFlowItInterruptedWithEveryAnswer() {
        String stash = "what=Calo+minta+5+juta+%26+janji&destinations=MY%2CSG&nonce=n9&files=0";
        Document old =
                legacy("emergency", "FOLLOW")
                        .append(
                                "data",
                                new Document("code", "LPR-CCCC-DDDD")
                                        .append("country", "MY")
                                        .append("pending", "berapa?")
                                        .append("stash.flow", "report")
                                        .append("stash.step", "WHO")
                                        .append("stash.data", stash));
        EmergencyState read = (EmergencyState) ConversationDocuments.fromDocument(old).active();
        assertThat(read.step()).isEqualTo(EmergencyStep.FOLLOW);
        assertThat(read.code()).isEqualTo("LPR-CCCC-DDDD");
        assertThat(read.pending()).isEqualTo("berapa?");
        ReportState report = (ReportState) read.interrupted();
        assertThat(report.step()).isEqualTo(ReportStep.WHO);
        assertThat(report.what()).isEqualTo("Calo minta 5 juta & janji");
        assertThat(report.destinations()).containsExactly("MY", "SG");
        assertThat(read.countries()).containsExactly("MY");
    }

    @Test
    void aSatgasDetourReturnsToTheOldFlowAndFilesWaitTyped() {
        Document satgas =
                legacy("satgas", "ANSWER")
                        .append(
                                "data",
                                new Document("code", "LPR-AAAA-BBBB")
                                        .append("ret.flow", "family")
                                        .append("ret.step", "PLACE")
                                        .append("ret.d.NAME", "Maria")
                                        .append("ret.d.dest", "MY")
                                        .append("ret.d.files", "2")
                                        .append("ret.d.file.0", "PHOTO|1234|file-1|uniq-1")
                                        .append("ret.d.file.1", "VOICE|99|file-2"));
        SatgasState read = (SatgasState) ConversationDocuments.fromDocument(satgas).active();
        FamilyState family = (FamilyState) read.returnTo();
        assertThat(family.step()).isEqualTo(FamilyStep.PLACE);
        assertThat(family.person()).isEqualTo("Maria");
        assertThat(family.destinations()).containsExactly("MY");
        assertThat(family.files())
                .containsExactly(
                        PHOTO, new PendingFile(Content.MediaKind.VOICE, 99, "file-2", null));
    }

    @Test
    void anOldCheckedOfferAndAnOldTopicAreRecalled() {
        Document offer =
                legacy("offer", "CHECKED")
                        .append(
                                "data",
                                new Document("ctx.kind", "offer")
                                        .append("ctx.at", String.valueOf(AT.getEpochSecond()))
                                        .append("offer", "Gaji 8 juta"));
        ConversationState read = ConversationDocuments.fromDocument(offer);
        assertThat(read.active()).isEqualTo(new OfferState(OfferStep.CHECKED));
        assertThat(read.recall()).isEqualTo(Recall.offer("Gaji 8 juta", AT));

        Document topic =
                legacy(null, null)
                        .append(
                                "data",
                                new Document("ctx.kind", "topic")
                                        .append("ctx.topic", "passport")
                                        .append("ctx.text", "cara buat paspor?")
                                        .append("ctx.at", String.valueOf(AT.getEpochSecond())));
        assertThat(ConversationDocuments.fromDocument(topic).recall())
                .isEqualTo(Recall.topic("passport", "cara buat paspor?", AT));
    }

    @Test
    void anUnknownOldFlowIsDroppedAndTheLanguageKept() {
        ConversationState read =
                ConversationDocuments.fromDocument(
                        legacy("gone", "X").append("data", new Document("a", "b")));
        assertThat(read.active()).isNull();
        assertThat(read.language()).isEqualTo("en");
        assertThat(read.version()).isEqualTo(3);
    }

    private static ConversationState idle() {
        return new ConversationState("c", "id", null, null, 1, AT);
    }

    private static Document legacy(String flow, String step) {
        return new Document("_id", "c")
                .append("language", "en")
                .append("flow", flow)
                .append("step", step)
                .append("version", 3L)
                .append("updatedAt", Date.from(AT));
    }
}
