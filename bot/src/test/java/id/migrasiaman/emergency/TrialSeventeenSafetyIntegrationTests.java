package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trial 17, what the danger check gets wrong in both directions, through Telegram updates: a worker
 * in Hong Kong asking about her rest day and a brother asking about his sister's unpaid wages get
 * the rights answer, not the hotline wall (D13, D33); a joke about aliens is asked about, not
 * alarmed (D29), while danger written with a nervous laugh is still asked about; a child in a
 * recruiter's car on the way to the port now, and a worker hiding while her employer's men look for
 * her, told calmly in English, raise the alarm.
 */
class TrialSeventeenSafetyIntegrationTests extends TelegramChatTest {

    private static final String DANGER_QUESTION = "dalam bahaya sekarang?";

    @Autowired ReportQueue queue;

    /**
     * D13: the rest day her contract promises, asked in Hong Kong: the rights answer (with a
     * complaint line), no wall, no danger question, no alarm.
     */
    @Test
    void aRestDayQuestionGetsTheRightsAnswerNotTheHotlineWall() {
        BotConversation worker = new BotConversation(BOT_API, 858_001);
        worker.say(
                "mbak sy PRT di hong kong, majikan potong gaji sy tiap bulan HKD 1000 katanya buat"
                        + " bayar agen. boleh gitu?");
        long urgentBefore = queue.urgentWaiting();

        List<JsonNode> reply =
                worker.say(
                        "hari libur sy gmn? di kontrak tulis libur tiap minggu tp dikasih cuma"
                                + " sebulan sekali");

        assertThat(text(reply))
                .doesNotContain("Nomor darurat")
                .doesNotContain(DANGER_QUESTION)
                .doesNotContain("Kode darurat")
                // Since round 20 (knowledge20, trial 18 D16) the day-off answer of HardshipAbroad,
                // with Hong Kong's mission, rather than the general rights answer.
                .contains("hari libur")
                .contains("Hong Kong")
                .contains("KP2MI");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
    }

    /** D33: a sister unpaid for two months in Singapore, asked in English: no emergency wall. */
    @Test
    void unpaidWagesAbroadAreARightsQuestionNotAnEmergency() {
        BotConversation brother = new BotConversation(BOT_API, 858_002);
        long urgentBefore = queue.urgentWaiting();

        List<JsonNode> reply =
                brother.say(
                        "hi, my sister works as a maid in singapore. her employer hasn't paid her"
                                + " for 2 months and she can only call me at night. what can we"
                                + " do?");

        assertThat(text(reply))
                .doesNotContain("Emergency numbers")
                .doesNotContain("in danger right now?")
                .doesNotContain("emergency code");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
    }

    /** D29: an obvious joke gets the one-tap question, and staff are not alerted. */
    @Test
    void aJokeAboutAliensIsAskedAboutNotAlarmed() {
        BotConversation prankster = new BotConversation(BOT_API, 858_003);
        long urgentBefore = queue.urgentWaiting();

        List<JsonNode> reply = prankster.say("TOLONG aku diculik alien di bulan 🛸🤣🤣");

        assertThat(text(reply)).contains(DANGER_QUESTION).doesNotContain("Kode darurat");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
    }

    /** D29's other side: real danger written with a nervous laugh is still asked about at least. */
    @Test
    void dangerWithANervousLaughIsStillAskedAbout() {
        BotConversation worker = new BotConversation(BOT_API, 858_004);

        List<JsonNode> reply =
                worker.say("majikan kunci sy di gudang dari kemarin 😅 hp mau diambil, tolong");

        assertThat(text(reply)).containsAnyOf(DANGER_QUESTION, "Kode darurat");
    }

    /** English, calm: a girl driven to the port now by a recruiter raises the alarm. */
    @Test
    void aGirlInARecruitersCarOnTheWayToThePortNowRaisesTheAlarm() {
        BotConversation teacher = new BotConversation(BOT_API, 858_005);
        AlarmChecks alarms = new AlarmChecks(BOT_API, STAFF_CHAT, queue);

        alarms.raised(
                teacher.say(
                        "One of my students (15) is on the way to Tenau harbour right now with a"
                                + " recruiter, her parents did not know. What should I do?"),
                "a child moved now");
    }

    /** English, calm: a worker hiding while her employer's men look for her raises the alarm. */
    @Test
    void aWorkerHidingWhileHerEmployersMenLookForHerRaisesTheAlarm() {
        BotConversation volunteer = new BotConversation(BOT_API, 858_006);
        AlarmChecks alarms = new AlarmChecks(BOT_API, STAFF_CHAT, queue);

        alarms.raised(
                volunteer.say(
                        "I run a small shop in Johor Bahru. An Indonesian maid ran away from her"
                                + " employer and is hiding in my storeroom, the employer's driver is"
                                + " going around the street looking for her."),
                "hiding from a pursuer");
    }
}
