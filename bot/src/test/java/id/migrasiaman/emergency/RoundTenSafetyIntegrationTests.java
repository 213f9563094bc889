package id.migrasiaman.emergency;

import static id.migrasiaman.conversation.ReplyTexts.buttons;
import static id.migrasiaman.conversation.ReplyTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.ReportQueue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Round 10, through the whole application as people would write: emergencies the danger check
 * missed, one per cause (a present-tense lock, a restraint told with "been", a boat where the
 * captain orders people into the sea, a Kupang "son kasi pi rumah sakit", a ransom in "dolar" read
 * as a past year, papers "collected" by a man at a transit town), a Kupang question about a minor
 * going abroad that got the danger question, {@code /status} that did not say a report is an
 * emergency, and the family flow that repeated the whole hotline list at every step.
 */
class RoundTenSafetyIntegrationTests extends IntegrationTest {

    @Autowired ConversationService conversations;

    @Autowired ReportQueue queue;

    @Test
    void aWorkerWhoseEmployerLocksThemInsideRaisesTheAlarm() {
        alarmed(
                "r10-lock",
                "writing from Kuching. the lady of the house locks us inside the flat when she goes"
                        + " out and keeps the key");
    }

    @Test
    void aSisterWhoHasNotBeenAllowedToCallHomeRaisesTheAlarm() {
        alarmed(
                "r10-been",
                "My cousin works for a family in Dammam. She has not been allowed to call us since"
                        + " March and the husband took her phone.");
    }

    @Test
    void crewToldToJumpIntoTheSeaRaisesTheAlarm() {
        alarmed(
                "r10-jump",
                "sy di perahu kecil dekat perairan Sabah, tekong suruh kami lompat kalau ada kapal"
                        + " polisi");
    }

    @Test
    void aKupangBossWhoWillNotLetASickWorkerSeeADoctorRaisesTheAlarm() {
        alarmed(
                "r10-saki",
                "Mama, beta pung ipar di ladang Sabah su saki talalu, tuan ladang son kasi pi"
                        + " dokter");
    }

    @Test
    void aRansomInDolarIsNoPastYear() {
        alarmed(
                "r10-dolar",
                "dong tahan beta pung adik di Myanmar, bilang kalo mau dia kaluar musti kirim 2000"
                        + " dolar");
    }

    @Test
    void papersCollectedByAManWhoTakesGirlsAwayRaiseTheAlarm() {
        alarmed(
                "r10-ktps",
                "A man in Kupang collected the KTPs of my two nieces and says they fly to Batam on"
                        + " Friday. They are staying at his house.");
    }

    @Test
    void aKupangQuestionAboutAMinorGoingAbroadIsAnsweredNotAskedAboutDanger() {
        // The question from the chat trial: a sister of 17 who wants to go abroad.
        List<Reply> replies = send("r10-minor", "beta pung ade umur 17 taon, bisa pi ko sonde?");

        assertThat(text(replies))
                .doesNotContain("dalam bahaya sekarang")
                .doesNotContain("Nomor bantuan")
                .doesNotContain("Nomor darurat")
                .contains("18 tahun");
        assertThat(queue.recentUrgent("r10-minor", Duration.ofHours(1))).isEmpty();
    }

    @Test
    void statusMarksAnEmergencyReportAndAWithdrawnOne() {
        String id = "r10-status";
        send(id, "tolong, majikan kunci saya di kamar dan ambil paspor saya, saya di Johor");
        String code = queue.recentUrgent(id, Duration.ofHours(1)).orElseThrow();

        assertThat(text(send(id, "/status"))).contains(code).contains("🚨 Darurat");
        assertThat(text(send(id, "/status " + code))).contains("Laporan darurat");

        press(id, "em:sure:" + code);

        assertThat(text(send(id, "/laporan"))).contains("Bukan darurat (ditarik)");
        assertThat(text(send(id, "/status " + code))).contains("bukan darurat");
    }

    @Test
    void theFamilyFlowShowsTheWholeHotlineListOnceThenTheShortNumbersOfTheCountry() {
        String id = "r10-family";
        List<Reply> start =
                send(
                        id,
                        "anak saya perempuan kerja di Malaysia sudah 2 bulan tidak ada kabar, hp nya"
                                + " mati");
        assertThat(buttons(start)).contains("f:danger:no");
        press(id, "f:danger:no");
        press(id, "f:offer:yes");
        send(id, "Maria Seran");
        send(id, "Johor Bahru");

        List<Reply> first =
                send(id, "kata temannya majikan kunci dia di gudang dan ambil paspornya");
        // The whole list, with what to do now written for the family (trial 17 D4, round 19).
        assertThat(text(first)).contains("Jika keluarga atau teman Anda dalam bahaya sekarang");
        assertThat(queue.recentUrgent(id, Duration.ofHours(1))).isPresent();
        press(id, "em:resume");

        List<Reply> again = send(id, "tadi pagi temannya bilang majikan pukul dia lagi");

        assertThat(text(again))
                .doesNotContain("Jika Anda dalam bahaya sekarang")
                .doesNotContain("Jika keluarga atau teman Anda dalam bahaya sekarang")
                .contains("999")
                .contains("/darurat");
    }

    private void alarmed(String id, String text) {
        List<Reply> replies = send(id, text);

        assertThat(replies.get(0).html()).containsAnyOf("Nomor", "numbers");
        assertThat(queue.recentUrgent(id, Duration.ofHours(1))).isPresent();
    }

    private List<Reply> send(String id, String text) {
        return conversations.handle(IncomingMessage.ofText(id, id, text));
    }

    private List<Reply> press(String id, String data) {
        return conversations.handle(
                new IncomingMessage(id, id, new Content.Button(data), null, null, null, null));
    }
}
