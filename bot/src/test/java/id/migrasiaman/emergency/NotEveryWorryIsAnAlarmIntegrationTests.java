package id.migrasiaman.emergency;

import static id.migrasiaman.conversation.ReplyTexts.buttons;
import static id.migrasiaman.conversation.ReplyTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.ReportQueue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Found by a black-box trial (trial 8), through the whole application: a mother whose daughter
 * abroad has not answered for months gets the family flow, not a staff alarm; an undocumented
 * worker in Sabah who wants to go home and fears arrest gets the missions and the way home, never
 * "call 999" first; a returned worker's question about unpaid wages is not met with the hotline
 * list, and her "sa mau lapor dia" starts a report.
 */
class NotEveryWorryIsAnAlarmIntegrationTests extends IntegrationTest {

    @Autowired ConversationService conversations;

    @Autowired ReportQueue queue;

    @Test
    void aMotherWithNoNewsForThreeMonthsGetsTheFamilyFlowAndNoAlarm() {
        List<Reply> replies =
                send(
                        "t8-mother",
                        "anak saya perempuan kerja di Malaysia sudah 3 bulan tidak ada kabar sama"
                                + " sekali, hp nya tidak aktif");

        assertThat(text(replies)).contains("Portal Peduli WNI");
        assertThat(buttons(replies)).contains("f:danger:yes");
        assertThat(queue.recentUrgent("t8-mother", Duration.ofHours(1))).isEmpty();
    }

    @Test
    void anUndocumentedWorkerWhoWantsToGoHomeGetsTheMissionsFirstAndNoAlarm() {
        List<Reply> replies =
                send(
                        "t8-sabah",
                        "kak sy skrg di sabah kerja di ladang, masuk lwt nunukan tnp paspor. sy mau"
                                + " pulang ke kupang tp takut ditangkap polis. gmn caranya?");

        assertThat(replies.get(0).html())
                .contains("KBRI")
                .doesNotContainPattern("(?<![A-Z0-9-])999(?![A-Z0-9])");
        assertThat(text(replies)).containsIgnoringCase("deportasi");
        assertThat(queue.recentUrgent("t8-sabah", Duration.ofHours(1))).isEmpty();
    }

    @Test
    void aReturnedWorkersWageQuestionIsNotTheHotlineWallAndHerReportWishStartsAReport() {
        List<Reply> question =
                send("t8-home", "kk, gaji 8 bulan yang tidak dibayar itu masih bisa sa tuntut ko?");
        assertThat(text(question)).doesNotContain("Apakah ada orang dalam bahaya sekarang");
        assertThat(queue.recentUrgent("t8-home", Duration.ofHours(1))).isEmpty();

        List<Reply> report =
                send(
                        "t8-home",
                        "ibu itu masih cari orang di kampung sampai sekarang, sa mau lapor dia");

        assertThat(text(report)).doesNotContain("Apakah ada orang dalam bahaya sekarang");
        assertThat(text(report)).containsIgnoringCase("lapor");
    }

    @Test
    void sayingIWantToReportAtTheDangerQuestionStartsAReport() {
        send("t8-ask", "/darurat");

        List<Reply> report =
                send(
                        "t8-ask",
                        "ibu itu masih cari orang di kampung sampai sekarang, sa mau lapor dia");

        assertThat(text(report)).doesNotContain("Apakah ada orang dalam bahaya sekarang");
        assertThat(text(report)).containsIgnoringCase("lapor");
    }

    /**
     * Found in the lead's chat trial: "ga tau" typed at a report step got the whole hotline list
     * and the danger question (the intent model alone read it as an emergency) and was stored as
     * the answer. A flow's own words ("ga tau", "lewati", "ya", "batal") are the flow's.
     */
    @Test
    void aFlowsOwnWordsAreNeverADangerSignal() {
        send("t8-words", "/lapor");
        send("t8-words", "om itu janji kerja di malaysia");
        for (String word : List.of("ga tau", "lewati", "tidak tahu", "skip")) {
            List<Reply> replies = send("t8-words", word);
            assertThat(text(replies)).as(word).doesNotContain("Nomor bantuan");
            assertThat(text(replies)).as(word).doesNotContain("Apakah ada orang dalam bahaya");
        }
        assertThat(queue.recentUrgent("t8-words", Duration.ofHours(1))).isEmpty();
    }

    private List<Reply> send(String id, String text) {
        return conversations.handle(IncomingMessage.ofText(id, id, text));
    }
}
