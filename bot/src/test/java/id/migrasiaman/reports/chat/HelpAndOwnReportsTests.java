package id.migrasiaman.reports.chat;

import static id.migrasiaman.conversation.ReplyTexts.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.reports.PublicStatus;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.evidence.EvidenceIntake;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reporter who comes back: "/help" listed no commands, "/status" without a code did not list
 * their reports, and a wrong code was a dead end (found by trying the bot as its users would).
 */
class HelpAndOwnReportsTests {

    private final ReportQueue queue = mock(ReportQueue.class);
    private final ConversationFixture chat = ReportChat.withEntry();

    HelpAndOwnReportsTests() {
        ReportList list = new ReportList(queue, chat.texts, chat.menus);
        chat.with(list)
                .with(
                        new ReportFollowUp(
                                queue, mock(EvidenceIntake.class), chat.texts, chat.menus, list));
        when(queue.ofReporter(anyString(), anyInt()))
                .thenReturn(
                        List.of(
                                new PublicStatus(
                                        "LPR-7K3Q-M2XA",
                                        PublicStatus.State.IN_REVIEW,
                                        Instant.parse("2026-12-01T02:00:00Z"))));
    }

    @Test
    void helpListsTheCommandsAndLeavesAReportWhereItWas() {
        chat.send("h", "/lapor");
        chat.send("h", "calo janji kerja di kebun sawit");

        String help = text(chat.send("h", "/help"));

        assertThat(help)
                .contains("/laporan")
                .contains("/status")
                .contains("/tambah")
                .contains("/darurat")
                .contains("/batal");
        assertThat(((ReportState) chat.state("h").active()).step()).isEqualTo(ReportStep.WHO);
    }

    @Test
    void statusWithoutACodeListsThePersonsOwnReports() {
        assertThat(text(chat.send("s", "/status"))).contains("LPR-7K3Q-M2XA");
        assertThat(text(chat.send("s", "/tambah"))).contains("/tambah").contains("LPR-7K3Q-M2XA");
    }

    @Test
    void anUnknownCodeSaysWhereTheOwnCodesAreAndOffersTheMenu() {
        List<Reply> replies = chat.send("u", "/status LPR-AAAA-BBBB");

        assertThat(text(replies)).contains("/laporan");
        assertThat(replies.get(replies.size() - 1).keyboard()).isNotEmpty();
    }

    @Test
    void theCodeAloneOrBatalIsNeverAddedToTheReport() {
        when(queue.publicStatus("LPR-7K3Q-M2XA"))
                .thenReturn(
                        java.util.Optional.of(
                                new PublicStatus(
                                        "LPR-7K3Q-M2XA",
                                        PublicStatus.State.RECEIVED,
                                        Instant.parse("2026-12-01T02:00:00Z"))));
        chat.send("a", "/tambah LPR-7K3Q-M2XA");

        assertThat(text(chat.send("a", "LPR-7K3Q-M2XA"))).contains("Kirim info");
        assertThat(text(chat.send("a", "batal"))).contains("tidak ada yang ditambahkan");

        org.mockito.Mockito.verify(queue, org.mockito.Mockito.never())
                .append(anyString(), any(), anyString(), any(), any());
        assertThat(chat.state("a").active()).isNull();
    }
}
