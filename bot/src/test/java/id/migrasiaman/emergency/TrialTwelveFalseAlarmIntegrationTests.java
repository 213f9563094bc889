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
 * Found by a black-box trial (trial 12), through the whole application: false alarms teach the task
 * force to ignore alarms. An employer who asks whether he may keep his helper's passport asks about
 * the rules; a lost KTP or wallet is an errand, not a call for help; a detainee who says he was not
 * beaten and only wants to go home is not filed as a new emergency.
 */
class TrialTwelveFalseAlarmIntegrationTests extends IntegrationTest {

    private static final String ALARM_ID = "Petugas Satgas sudah diberi tahu";
    private static final String ALARM_EN = "Task-force staff have been alerted";
    private static final String QUESTION_ID = "Apakah ada orang dalam bahaya sekarang";
    private static final String QUESTION_EN = "Is anyone in danger right now";

    @Autowired ConversationService conversations;

    @Autowired ReportQueue queue;

    @Test
    void anEmployerAskingWhetherHeMayKeepHisHelpersPassportRaisesNoAlarm() {
        send(
                "t12-tan",
                "Hello, I am an employer in Singapore. I would like to hire a domestic helper from"
                        + " Kupang directly, without an agency. What is the legal way to do this?");
        List<Reply> english =
                send(
                        "t12-tan",
                        "Also, may I keep her passport for safekeeping during the contract?");
        List<Reply> indonesian =
                send(
                        "t12-majikan",
                        "sy majikan di Singapura, boleh sa simpan dia pung paspor selama kontrak?");

        assertThat(text(english)).doesNotContain(ALARM_EN, ALARM_ID, QUESTION_EN);
        assertThat(text(indonesian)).doesNotContain(ALARM_ID, QUESTION_ID);
        assertThat(queue.recentUrgent("t12-tan", Duration.ofHours(1))).isEmpty();
        assertThat(queue.recentUrgent("t12-majikan", Duration.ofHours(1))).isEmpty();
    }

    @Test
    void aLostKtpOrWalletIsNoEmergency() {
        List<Reply> kupang =
                send("t12-yuli", "help, sy pung KTP hilang di pasar oesao, lapor di mana?");
        List<Reply> english =
                send(
                        "t12-lost",
                        "help, I lost my wallet at the bus terminal, where do I report it?");

        assertThat(text(kupang))
                .doesNotContain(QUESTION_ID, ALARM_ID, "Polisi (call center Polri)");
        assertThat(text(english)).doesNotContain(QUESTION_EN, ALARM_EN);
        assertThat(queue.recentUrgent("t12-yuli", Duration.ofHours(1))).isEmpty();
        assertThat(queue.recentUrgent("t12-lost", Duration.ofHours(1))).isEmpty();
    }

    @Test
    void aDetaineeWhoSaysHeWasNotBeatenIsNotFiledAsAnEmergency() {
        send(
                "t12-frans",
                "selamat sore. sy skrg di depot tahanan imigresen di tawau, su 3 minggu. sy tdk"
                        + " punya paspor. kapan sy bisa pulang ke kupang?");
        List<Reply> kupang =
                send(
                        "t12-frans",
                        "sy tdk dipukul, cuma mau pulang. keluarga di kupang bisa bantu apa?");
        List<Reply> english =
                send(
                        "t12-frans-en",
                        "I was not beaten, I just want to go home. What can my family in Kupang do?");

        assertThat(text(kupang)).doesNotContain(ALARM_ID, QUESTION_ID);
        assertThat(text(english)).doesNotContain(ALARM_EN, QUESTION_EN);
        assertThat(queue.recentUrgent("t12-frans", Duration.ofHours(1))).isEmpty();
        assertThat(queue.recentUrgent("t12-frans-en", Duration.ofHours(1))).isEmpty();
    }

    private List<Reply> send(String id, String text) {
        return conversations.handle(IncomingMessage.ofText(id, id, text));
    }
}
