package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trial 19, through Telegram updates: questions typed right after an alarm are answered, for who
 * writes (a mother at home, or the worker held), not swallowed by the hotline block or answered
 * with an unrelated topic. A question that tells of danger again is added to the report and
 * answered too; where our sources have no answer the bot says whom to ask.
 */
class QuestionsAfterTheAlarmIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    private static final String MOTHER_ALARM =
            "tolong kak, anak sy perempuan di malaysia dikunci majikan dan paspornya diambil";

    /** A mother asks what to do and where to report: what a family can do, with the offer. */
    @Test
    void aMotherWhoAsksWhatToDoGetsWhatAFamilyCanDo() {
        BotConversation mother = new BotConversation(BOT_API, 869_001);
        assertThat(StaffChat.codeIn(text(mother.say(MOTHER_ALARM)))).isNotBlank();

        List<JsonNode> replies = mother.say("sy musti bikin apa sekarang? mo lapor kemana?");

        String reply = text(replies);
        assertThat(reply).contains("Yang bisa keluarga lakukan", "0-800-1000", "Peduli WNI");
        assertThat(buttons(replies)).contains("em:add");
    }

    /** Reporting to the police online: what works by phone, and no guess about the rest. */
    @Test
    void aMotherWhoAsksAboutAnOnlinePoliceReportIsAnsweredWithoutAGuess() {
        BotConversation mother = new BotConversation(BOT_API, 869_002);
        mother.say(MOTHER_ALARM);

        String reply = text(mother.say("lapor polisinya bisa lewat online ka?"));

        assertThat(reply).contains("Polri Super App", "tidak ada di sumber kami", "Peduli WNI");
        assertThat(reply).doesNotContain("Semua nomor: ketik /darurat");
    }

    /** Her fear that a police report harms her daughter is answered, not met with numbers. */
    @Test
    void aMotherAfraidThatReportingHarmsHerDaughterIsAnswered() {
        BotConversation mother = new BotConversation(BOT_API, 869_003);
        mother.say(MOTHER_ALARM);

        String reply = text(mother.say("kalau sy lapor ke polisi, anak sy nanti kena masalah ka?"));

        assertThat(reply).contains("kena masalah?", "UU 21/2007", "0-800-1000");
        assertThat(reply).doesNotContain("Semua nomor: ketik /darurat");
    }

    /** "Must my sister be a witness?": not in our sources, whom to ask, never uang sirih. */
    @Test
    void aWitnessQuestionGetsWhomToAskNotAnUnrelatedTopic() {
        BotConversation mother = new BotConversation(BOT_API, 869_004);
        mother.say(MOTHER_ALARM);

        String reply = text(mother.say("kakaknya nanti wajib jadi saksi ka?"));

        assertThat(reply).contains("saksi", "tidak ada di sumber kami");
        assertThat(reply.toLowerCase()).doesNotContain("sirih");
    }

    /**
     * The worker held asks whether her employer may keep her passport: the answer that it may not,
     * and the message goes on the urgent report (at once, or with one tap when offered).
     */
    @Test
    void theWorkerHeldAsksWhetherHerEmployerMayKeepHerPassport() {
        BotConversation worker = new BotConversation(BOT_API, 869_005);
        String code =
                StaffChat.codeIn(
                        text(worker.say("tolong sa dikunci di rumah majikan di johor, sa takut")));
        assertThat(code).isNotBlank();

        List<JsonNode> replies =
                worker.say("majikan tahan sa pung paspor, sa dikunci di kamar, boleh ko?");

        assertThat(text(replies)).contains("Tidak boleh", "Passports Act");
        if (buttons(replies).contains("em:add")) {
            worker.press("em:add");
        }
        assertThat(queue.find(code).orElseThrow().messages().stream().map(Report.Message::text))
                .anyMatch(t -> t.contains("tahan sa pung paspor"));
    }

    /** Asked calmly, the same question is answered and offered for the report. */
    @Test
    void theWorkerHeldWhoAsksCalmlyAboutHerPassportIsAnsweredAndOffered() {
        BotConversation worker = new BotConversation(BOT_API, 869_008);
        worker.say("tolong sa dikunci di rumah majikan di johor, sa takut");

        List<JsonNode> replies = worker.say("majikan simpan sa pung paspor, itu boleh ko?");

        assertThat(text(replies)).contains("Tidak boleh", "Passports Act");
        assertThat(buttons(replies)).contains("em:add");
    }

    /** The worker held asks what to do: what she can do herself, not the family's steps. */
    @Test
    void theWorkerHeldWhoAsksWhatToDoGetsHerOwnSteps() {
        BotConversation worker = new BotConversation(BOT_API, 869_006);
        worker.say("tolong sa dikunci di rumah majikan di johor, sa takut");

        String reply = text(worker.say("sa harus bagaimana sekarang?"));

        assertThat(reply).contains("Yang bisa Anda lakukan", "Safe Travel");
        assertThat(reply).doesNotContain("Yang bisa keluarga lakukan");
    }

    /**
     * Trial 17 D34: the first reply fits a cheap phone. Every number of where the person is, one a
     * line; what each is for is one tap away.
     */
    @Test
    void theFirstAlarmReplyPutsEachNumberOnOneLineAndTheRestOnAButton() {
        BotConversation mother = new BotConversation(BOT_API, 869_007);

        List<JsonNode> replies = mother.say(MOTHER_ALARM);

        String hotlines = replies.get(0).path("text").asText();
        assertThat(hotlines).contains("999", "KBRI Kuala Lumpur", "0-800-1000");
        assertThat(hotlines).doesNotContain("WNI dalam masalah di Malaysia");
        assertThat(StaffChat.codeIn(text(replies))).isNotBlank();
        assertThat(buttons(replies)).contains("em:h:MY");
        assertThat(text(mother.press("em:h:MY"))).contains("WNI dalam masalah di Malaysia");
    }

    /**
     * Trial 18: "help" before a plea of confusion about the requirements is asking, not danger: the
     * requirements, not the hotlines and "is anyone in danger now?".
     */
    @Test
    void aPleaOfConfusionAboutTheRequirementsGetsThemNotTheDangerQuestion() {
        BotConversation girl = new BotConversation(BOT_API, 869_009);

        String reply =
                text(girl.say("tolong sy masih bingung sama syarat kerja di luar negeri 😭"));

        assertThat(reply).doesNotContain("Apakah ada orang dalam bahaya sekarang");
        assertThat(reply).containsIgnoringCase("syarat");
    }

    private static List<String> buttons(List<JsonNode> replies) {
        return replies.stream().flatMap(m -> BotConversation.buttonData(m).stream()).toList();
    }
}
