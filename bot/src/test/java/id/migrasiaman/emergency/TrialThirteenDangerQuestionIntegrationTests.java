package id.migrasiaman.emergency;

import static id.migrasiaman.conversation.ReplyTexts.buttons;
import static id.migrasiaman.conversation.ReplyTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Found by a black-box trial (trial 13), through the whole application. While "Apakah ada orang
 * dalam bahaya sekarang?" waited, everything people typed got that same question back and nothing
 * else: a worker in Hong Kong who wrote that she was not in danger, a widow who asked who pays to
 * bring her husband's body home, a man whose calo kept coming to his house. And a village head's
 * report of children leaving tomorrow became an 8-step form, where "which is fastest?" was stored
 * as the recruiter's name.
 */
class TrialThirteenDangerQuestionIntegrationTests extends IntegrationTest {

    private static final String QUESTION_ID = "Apakah ada orang dalam bahaya sekarang?";
    private static final String QUESTION_EN = "Is anyone in danger right now?";
    private static final String DECLINED_ID = "petugas tidak kami beri tahu";
    private static final String DECLINED_EN = "we have not alerted the staff";
    private static final String ALARM_ID = "Petugas Satgas sudah diberi tahu";
    private static final String ALARM_EN = "Task-force staff have been alerted";

    @Autowired ConversationService conversations;

    @Autowired ReportQueue queue;

    @Test
    void aPersonWhoWritesThatNobodyIsInDangerIsTakenAtHerWord() {
        send("826_hk", "/darurat");
        List<Reply> indonesian =
                send(
                        "826_hk",
                        "aku ga dalam bahaya kok, majikan baik. cuma potongan gajinya berat");
        send("826_kupang", "/darurat");
        List<Reply> kupang = send("826_kupang", "sonde kaka, beta aman sa, cuma mau tanya");
        send("826_en", "/darurat");
        List<Reply> english = send("826_en", "no, I'm fine, my employer is kind");

        assertThat(text(indonesian)).contains(DECLINED_ID).doesNotContain(QUESTION_ID);
        assertThat(text(kupang)).contains(DECLINED_ID).doesNotContain(QUESTION_ID);
        assertThat(text(english)).contains(DECLINED_EN).doesNotContain(QUESTION_EN);
        for (String id : List.of("826_hk", "826_kupang", "826_en")) {
            assertThat(queue.recentUrgent(id, Duration.ofHours(1))).as(id).isEmpty();
        }
    }

    @Test
    void aYesInWordsRaisesTheAlarmWithWhatWasWrittenBefore() {
        send("826_yes", "/darurat");
        send("826_yes", "calo itu sering datang ke rumah tagih2, sy takut");
        List<Reply> yes = send("826_yes", "iya tolong, sekarang");

        assertThat(text(yes)).contains(ALARM_ID);
        String code = queue.recentUrgent("826_yes", Duration.ofHours(1)).orElseThrow();
        assertThat(messages(code)).contains("datang ke rumah tagih2");
    }

    @Test
    void whatIsTypedWhileTheQuestionWaitsIsReadKeptAndTheQuestionStaysAsButtons() {
        send("826_calo", "/darurat");
        List<Reply> harassed = send("826_calo", "calo itu sering datang ke rumah tagih2");
        send("826_widow", "/darurat");
        List<Reply> widow =
                send("826_widow", "beta mau bawa pulang dia pung jenazah. siapa yang bayar?");
        send("826_group", "/emergency");
        List<Reply> group =
                send("826_group", "the boss keeps our passports, we cross to Tawau by speedboat");

        // Danger facts are read by the danger check again: a held passport and a crossing alarm.
        assertThat(text(group)).contains(ALARM_EN);
        // Never the bare question again: the message is read and kept, the buttons stay.
        assertThat(text(harassed))
                .containsAnyOf("Tercatat", "juga kami simpan", "Noted", "We also keep");
        assertThat(buttons(harassed)).contains("em:yes", "em:no");
        assertThat(text(harassed)).contains("Tercatat");
        // Round 15: bringing a body home is no danger now; it is answered, and not asked again.
        assertThat(text(widow)).contains("jenazah", "BP3MI").doesNotContain(QUESTION_ID);

        // Nothing typed is lost: "Ya, sekarang" sends it to the staff.
        send("826_calo", new Content.Button("em:yes"));
        String code = queue.recentUrgent("826_calo", Duration.ofHours(1)).orElseThrow();
        assertThat(messages(code)).contains("tagih2");
    }

    @Test
    void childrenLeavingTomorrowAreAnAlarmAndTheReportGoesOnAfterIt() {
        send(
                "826_kades",
                "Di desa saya ada rumah kontrakan, ada sekitar 20 orang ditampung di situ mau"
                        + " berangkat kerja ke Malaysia");
        List<Reply> children =
                send(
                        "826_kades",
                        "Beberapa masih anak-anak, umur 15-16 tahun kira-kira. Mereka berangkat"
                                + " besok pagi lewat Tenau");

        assertThat(text(children)).contains("Polisi 110", "SAPA 129", ALARM_ID);
        assertThat(text(children)).doesNotContain("2/8");
        String code = queue.recentUrgent("826_kades", Duration.ofHours(1)).orElseThrow();
        assertThat(queue.find(code).orElseThrow().priority()).isEqualTo(Priority.URGENT);
        assertThat(messages(code)).contains("umur 15-16");

        send(
                "826_head",
                "In my village about 20 recruits are kept in a rented house, going to work in"
                        + " Malaysia");
        List<Reply> english =
                send(
                        "826_head",
                        "Some are minors, aged 15 or 16. They leave tomorrow morning from Tenau"
                                + " port");
        assertThat(text(english)).contains("110", "SAPA 129", ALARM_EN);
    }

    @Test
    void aQuestionTypedAtAStepOfTheReportIsAnsweredNotStoredAsTheAnswer() {
        send("826_step", "/lapor");
        send("826_step", "ada calo kumpul orang di rumah kontrakan dekat pasar");
        List<Reply> asked = send("826_step", "Saya mau lapor. Ke mana yang paling cepat?");

        assertThat(text(asked)).contains("Polisi 110", "SAPA 129").doesNotContain("3/8");
        assertThat(text(asked)).contains("2/8");

        send("826_step_en", "/report");
        send("826_step_en", "a recruiter gathers people in a rented house near the market");
        List<Reply> english = send("826_step_en", "Who do I call fastest?");
        assertThat(text(english)).contains("Police 110").doesNotContain("3/8");
    }

    @Test
    void anEmployerAskingWhetherHeMustKeepPassportsAlertsNobody() {
        send("826_resto", "Hello, I run a small restaurant in Kota Kinabalu, Sabah");
        List<Reply> english =
                send("826_resto", "Do I need to keep their passports for safekeeping?");
        List<Reply> indonesian =
                send(
                        "826_majikan",
                        "sy majikan di Sabah, apakah saya perlu simpan paspor mereka selama"
                                + " kontrak?");

        assertThat(text(english)).doesNotContain(ALARM_EN, ALARM_ID);
        assertThat(text(indonesian)).doesNotContain(ALARM_ID);
        assertThat(queue.recentUrgent("826_resto", Duration.ofHours(1))).isEmpty();
        assertThat(queue.recentUrgent("826_majikan", Duration.ofHours(1))).isEmpty();
    }

    private String messages(String code) {
        Report report = queue.find(code).orElseThrow();
        StringBuilder all = new StringBuilder();
        report.messages().forEach(m -> all.append(m.text()).append('\n'));
        return all.toString();
    }

    private List<Reply> send(String id, String text) {
        return conversations.handle(IncomingMessage.ofText(id, id, text));
    }

    private List<Reply> send(String id, Content content) {
        return conversations.handle(new IncomingMessage(id, id, content, null, null, null, null));
    }
}
