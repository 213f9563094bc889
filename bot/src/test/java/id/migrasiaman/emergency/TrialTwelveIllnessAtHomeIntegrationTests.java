package id.migrasiaman.emergency;

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
 * Found by a black-box trial (trial 12, D17): a mother whose child has had a high fever since last
 * night and whose health centre is closed needs the nearest emergency room now, not the police,
 * KP2MI and Kemlu numbers and "is anyone in danger now?". A sick worker whose employer refuses care
 * abroad is still an emergency.
 */
class TrialTwelveIllnessAtHomeIntegrationTests extends IntegrationTest {

    @Autowired ConversationService conversations;

    @Autowired ReportQueue queue;

    @Test
    void aSickChildAtHomeIsSentToTheNearestEmergencyRoomWithoutTheHotlineWall() {
        List<Reply> kupang =
                send(
                        "t12-yuli-sick",
                        "tolong, sy pung anak demam tinggi dari semalam, puskesmas tutup");
        List<Reply> english =
                send(
                        "t12-sick-en",
                        "help please, my little boy has had a high fever since last night and the"
                                + " clinic is closed");

        assertThat(text(kupang))
                .contains("IGD")
                .doesNotContain("Polisi (call center Polri)", "Apakah ada orang dalam bahaya");
        assertThat(text(english))
                .contains("emergency room")
                .doesNotContain("Police (Polri call centre)", "Is anyone in danger right now");
        assertThat(queue.recentUrgent("t12-yuli-sick", Duration.ofHours(1))).isEmpty();
    }

    @Test
    void aSickWorkerDeniedCareByHerEmployerAbroadIsStillAnEmergency() {
        List<Reply> replies =
                send(
                        "t12-sick-abroad",
                        "tolong, adik sy di Johor demam tinggi 4 hari, majikan tidak mau bawa ke"
                                + " rumah sakit");

        assertThat(text(replies)).doesNotContain("IGD rumah sakit atau fasilitas kesehatan");
        assertThat(queue.recentUrgent("t12-sick-abroad", Duration.ofHours(1))).isNotEmpty();
    }

    private List<Reply> send(String id, String text) {
        return conversations.handle(IncomingMessage.ofText(id, id, text));
    }
}
