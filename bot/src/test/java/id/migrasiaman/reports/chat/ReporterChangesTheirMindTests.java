package id.migrasiaman.reports.chat;

import static id.migrasiaman.conversation.ReplyTexts.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.reports.PublicStatus;
import id.migrasiaman.reports.ReportQueue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A reporter who changes their mind, from a black-box trial (trial 9): a name corrected at the
 * country question was stored as the route; "✏️ Ubah" added the new name beside the old one and
 * walked through every later question again; {@code /start} threw an unfinished report away without
 * a word; "beta mau tarik laporan ini, sonde jadi lapor" was offered a new report, and a question
 * about withdrawing a report with its code was stored in the report as information.
 */
class ReporterChangesTheirMindTests {

    private static final String CODE = "LPR-CJAZ-C14T";

    private final ConversationFixture chat = ReportChat.withEntry();

    @Test
    void aCorrectionTypedAtAQuestionIsNotStoredAsItsAnswer() {
        chat.send("c", "/lapor");
        chat.send("c", "calo janji kerja di kebun sawit");
        chat.send("c", "namanya om dami");
        chat.send("c", "lewati");
        chat.send("c", "lewati");
        chat.send("c", "lewati");
        assertThat(report("c").step()).isEqualTo(ReportStep.DESTINATION);

        List<Reply> replies =
                chat.send(
                        "c",
                        "eh tunggu, beta salah tulis nama. dia pung nama lengkap Damianus Tefa."
                                + " bisa ganti ko?");

        assertThat(report("c").route()).isEmpty();
        assertThat(report("c").step()).isEqualTo(ReportStep.DESTINATION);
        assertThat(text(replies)).contains("Ubah").contains("5/8");
    }

    @Test
    void aWrongButtonCorrectedAtTheNextQuestionIsNotItsAnswer() {
        // Trial 18, D4: "Malaysia" pressed by mistake, corrected at "under 18?".
        chat.send("w", "/lapor");
        chat.send("w", "PT Samudra di jakarta kirim beta pung laki kerja di kapal");
        for (int i = 0; i < 4; i++) {
            chat.send("w", "lewati");
        }
        assertThat(report("w").step()).isEqualTo(ReportStep.DESTINATION);
        chat.press("w", "r:dest:MY");
        chat.send("w", "lewati");
        chat.press("w", "r:victims:1");
        assertThat(report("w").step()).isEqualTo(ReportStep.MINORS);

        List<Reply> replies =
                chat.send(
                        "w",
                        "eh salah pencet, bukan malaysia tapi taiwan. dan kapan tu sonde hari ini,"
                                + " dia berangkat thn lalu");

        assertThat(report("w").people()).isEmpty();
        assertThat(report("w").step()).isEqualTo(ReportStep.MINORS);
        assertThat(text(replies)).contains("Ubah");
    }

    @Test
    void changingAnAnswerReplacesItAndGoesBackToTheSummary() {
        toSummary("e", "namanya Om Dami, 081339998877");

        chat.press("e", "r:edit:WHO");
        List<Reply> replies = chat.send("e", "Damianus Tefa alias Om Dami");

        assertThat(report("e").who()).isEqualTo("Damianus Tefa alias Om Dami");
        assertThat(report("e").phones()).isEmpty();
        assertThat(report("e").step()).isEqualTo(ReportStep.SUMMARY);
        assertThat(text(replies)).contains("Ringkasan laporan");
    }

    @Test
    void changingThePlaceAsksTheVillageOnceAndThenShowsTheSummary() {
        toSummary("p", "om dami");

        chat.press("p", "r:edit:WHERE");
        chat.press("p", "r:kec:3");
        assertThat(report("p").step()).isEqualTo(ReportStep.VILLAGE);
        chat.send("p", "Naitae");

        assertThat(report("p").step()).isEqualTo(ReportStep.SUMMARY);
        assertThat(report("p").kecamatan()).isEqualTo(Kecamatan.at("3"));
        assertThat(report("p").village()).isEqualTo("Naitae");
    }

    @Test
    void aNewCountPressedWhileChangingDropsTheOldTypedOne() {
        toSummary("v", "om dami");
        chat.press("v", "r:edit:VICTIMS");
        chat.send("v", "sy dan 2 teman sekolah");
        chat.press("v", "r:edit:VICTIMS");
        chat.press("v", "r:victims:2-5");

        assertThat(report("v").victims()).isEqualTo("2-5");
        assertThat(report("v").people()).isEmpty();
    }

    @Test
    void startInTheMiddleOfAReportAsksBeforeDroppingIt() {
        chat.send("s", "/lapor");
        chat.send("s", "calo janji kerja di kebun sawit");

        List<Reply> asked = chat.send("s", "/start");

        assertThat(text(asked)).contains("belum dikirim");
        assertThat(report("s").what()).contains("kebun sawit");
        assertThat(text(chat.press("s", ReportState.RESUME_BUTTON))).contains("2/8");

        chat.send("s", "/start");
        chat.press("s", ReportState.DROP_BUTTON);
        assertThat(chat.state("s").active()).isNull();
        assertThat(text(chat.send("s", "/start"))).doesNotContain("belum dikirim");
    }

    @Test
    void notWantingToReportAnyMoreBeforeSendingAsksToCancelAndStoresNothing() {
        toSummary("d", "om dami");

        List<Reply> asked = chat.send("d", "beta mau tarik laporan ini, sonde jadi lapor");

        assertThat(text(asked)).contains("belum dikirim").contains("dibatalkan");
        assertThat(report("d").what()).doesNotContain("tarik");
        chat.press("d", ReportState.DROP_BUTTON);
        assertThat(chat.state("d").active()).isNull();
    }

    @Test
    void aRequestToWithdrawAReportIsAnsweredHonestlyAndCanBeNotedForTheSatgas() {
        ReportQueue queue = mock(ReportQueue.class);
        PublicStatus status = new PublicStatus(CODE, PublicStatus.State.RECEIVED, Instant.now());
        when(queue.publicStatus(CODE)).thenReturn(Optional.of(status));
        when(queue.ofReporter(anyString(), any(Integer.class))).thenReturn(List.of(status));
        ConversationFixture withdrawing =
                ReportChat.withEntry().with(new ReportWithdrawal(queue, chat.texts, chat.menus));

        List<Reply> replies = withdrawing.send("w", "beta mau tarik laporan ini, sonde jadi lapor");

        assertThat(text(replies)).contains("tidak bisa dihapus").doesNotContain("Mau buat laporan");
        assertThat(replies.get(0).keyboard().get(0).get(0).data()).isEqualTo("rw:" + CODE);
        verify(queue, never()).append(any(), any(), any(), any(), any());

        assertThat(text(withdrawing.press("w", "rw:" + CODE))).contains(CODE);
        verify(queue)
                .append(eq(CODE), eq("user-w"), contains("ditarik"), eq(List.of()), anyString());
    }

    @Test
    void theWordsOfAWithdrawalAreToldFromAReportAboutABroker() {
        for (String asked :
                List.of(
                        "laporan bisa dihapus ko?",
                        "bagaimana cara tarik kembali laporan saya LPR-CJAZ-C14T?",
                        "tolong batalkan laporan",
                        "eh sonde jadi lapor",
                        "how do I withdraw my report?",
                        "can I delete the report")) {
            assertThat(ReportWithdrawal.asked(asked)).as(asked).isTrue();
        }
        for (String other :
                List.of(
                        "saya mau lapor calo yang tarik uang 5 juta",
                        "mau lapor calo",
                        "laporan saya sudah diperiksa?",
                        "I want to report a broker who took my passport")) {
            assertThat(ReportWithdrawal.asked(other)).as(other).isFalse();
        }
    }

    @Test
    void theSummaryNamesTheKecamatanOnceWhenTheVillageRepeatsIt() {
        assertThat(ReportSummary.withoutLeading("fatuleu barat Naitae", "Fatuleu Barat"))
                .isEqualTo("Naitae");
        assertThat(ReportSummary.withoutLeading("Amarasiana", "Amarasi")).isEqualTo("Amarasiana");
        assertThat(ReportSummary.withoutLeading("Naitae", "Fatuleu Barat")).isEqualTo("Naitae");
    }

    private void toSummary(String conversation, String who) {
        chat.send(conversation, "/lapor");
        chat.send(conversation, "calo janji kerja di kebun sawit");
        chat.send(conversation, who);
        while (report(conversation).step() != ReportStep.SUMMARY) {
            chat.send(conversation, "lewati");
        }
    }

    private ReportState report(String conversation) {
        return chat.state(conversation).active(ReportState.class).orElseThrow();
    }
}
