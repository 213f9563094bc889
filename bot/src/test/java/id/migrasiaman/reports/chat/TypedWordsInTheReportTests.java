package id.migrasiaman.reports.chat;

import static id.migrasiaman.conversation.ReplyTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.nlp.Intent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What people type instead of pressing a button, found by trying the bot as its users would: a
 * teenager's question at "Mau buat laporan?" started a report; "skip", "I don't know" and "kembali"
 * were stored as a name or a place; "lewati" at the evidence step was told to "write text"; a
 * mother's phone number typed at the consent step was thrown away.
 */
class TypedWordsInTheReportTests {

    private static final String REPORT = "ada om2 datang ke kampung cari anak muda ke malaysia";

    private final ConversationFixture chat =
            ReportChat.withEntry().understanding(Map.of(REPORT, Intent.BROKER_REPORT));

    @Test
    void aQuestionAtTheOfferToReportIsAnsweredNotTakenAsYes() {
        assertThat(text(chat.send("t", REPORT))).contains("Mau buat laporan?");

        List<Reply> replies = chat.send("t", "jd aman ko tdk kak?");

        assertThat(chat.state("t").active()).isNull();
        assertThat(text(replies)).doesNotContain("1/8").doesNotContain("2/8");
    }

    @Test
    void yesAndNoTypedAtTheOfferToReportWorkLikeItsButtons() {
        chat.send("y", REPORT);
        // The offer's own message is the story already: "ya" goes on to "who?" (trial 18, D8).
        assertThat(text(chat.send("y", "iya kak"))).contains("2/8");
        assertThat(step("y")).isEqualTo(ReportStep.WHO);

        chat.send("n", REPORT);
        assertThat(text(chat.send("n", "ga jadi"))).contains("Dibatalkan");
        assertThat(chat.state("n").active()).isNull();
    }

    @Test
    void moreOfTheStoryAtTheOfferToReportIsKeptButStartsNoReport() {
        chat.send("m", REPORT);

        // Typing is no consent (trial 18, D8): kept for the report, the offer asked again.
        assertThat(text(chat.send("m", "namanya om beni, dia tinggal di baumata")))
                .contains("Laporan belum dimulai", "Mau buat laporan?")
                .doesNotContain("2/8");
        assertThat(report("m").what()).contains("om beni");
        assertThat(step("m")).isEqualTo(ReportStep.CONFIRM);
        assertThat(text(chat.send("m", "ya"))).contains("2/8");
    }

    @Test
    void skipWordsSkipAStepAndAreNotStored() {
        chat.send("s", "/lapor");
        chat.send("s", "calo janji kerja di kebun sawit");
        for (String skip : List.of("skip", "I don't know", "ga tau kak")) {
            chat.send("s", skip);
        }
        ReportState report = report("s");
        assertThat(report.who()).isEmpty();
        assertThat(report.village()).isEmpty();
        assertThat(report.step()).isEqualTo(ReportStep.VILLAGE.next(false));
    }

    @Test
    void backGoesToTheStepBeforeAndItsAnswerCanBeGivenAgain() {
        chat.send("b", "/lapor");
        chat.send("b", "calo janji kerja di kebun sawit");
        assertThat(step("b")).isEqualTo(ReportStep.WHO);

        assertThat(text(chat.send("b", "kembali"))).contains("1/8");
        assertThat(step("b")).isEqualTo(ReportStep.WHAT);
        assertThat(report("b").who()).isEmpty();
        chat.send("b", "⬅️");
        assertThat(step("b")).isEqualTo(ReportStep.WHAT);
    }

    @Test
    void cancelWordsEndTheReportLikeBatal() {
        chat.send("c", "/lapor");

        assertThat(text(chat.send("c", "batal"))).contains("Dibatalkan");
        assertThat(chat.state("c").active()).isNull();
    }

    @Test
    void textAtAButtonStepIsKeptAndTheButtonsAreAskedForAgain() {
        walkToEvidence("e");

        assertThat(text(chat.send("e", "lewati"))).contains("8/8");
        List<Reply> replies = chat.send("e", "nomor saya 0812 3456 7890, telpon saja");

        assertThat(text(replies)).contains("Dicatat").contains("8/8");
        assertThat(report("e").what()).contains("0812 3456 7890");
        assertThat(step("e")).isEqualTo(ReportStep.CONTACT);
        chat.send("e", "tidak");
        assertThat(step("e")).isEqualTo(ReportStep.SUMMARY);
        assertThat(report("e").contact()).isEmpty();
    }

    @Test
    void minorsCanBeAnsweredWithATypedYesOrNo() {
        chat.send("k", "/lapor");
        while (step("k") != ReportStep.MINORS) {
            chat.send("k", "lewati");
        }
        chat.send("k", "ya ada");

        assertThat(report("k").minors()).isEqualTo("yes");
        assertThat(report("k").people()).isEmpty();
    }

    @Test
    void aTypedYesAtTheSummarySendsTheReport() {
        walkToEvidence("v");
        chat.send("v", "lewati");
        chat.send("v", "tidak");

        assertThat(text(chat.send("v", "ya"))).contains("MA-TEST0001");
    }

    private void walkToEvidence(String id) {
        chat.send(id, "/lapor");
        chat.send(id, "calo janji kerja di kebun sawit");
        while (step(id) != ReportStep.EVIDENCE) {
            chat.send(id, "lewati");
        }
    }

    private ReportStep step(String id) {
        return report(id).step();
    }

    private ReportState report(String id) {
        return (ReportState) chat.state(id).active();
    }
}
