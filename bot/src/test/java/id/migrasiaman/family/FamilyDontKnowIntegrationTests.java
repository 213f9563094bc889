package id.migrasiaman.family;

import static id.migrasiaman.telegram.BotReplies.reportCode;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trial 11 (D14, D15): a father who types little answers "sy tdk tau" to "in which country and
 * city?"; the summary showed "Negara/kota: sy tdk tau" although his first message said Malaysia,
 * and the safety layer threw the whole hotline screen and the danger question at him. In his second
 * case the danger he typed at "which country and city?" also named the city; after the alarm the
 * form asked the country again and his later answers landed in the wrong fields.
 */
class FamilyDontKnowIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void iDontKnowIsASkipAndTheCountryOfHisFirstMessageIsKept() {
        BotConversation agus = new BotConversation(BOT_API, 744_001);
        agus.say("anak sy di malaysia 3 bln sdh tdk ada kabar");
        agus.press("f:danger:no");
        agus.press("f:offer:yes");
        agus.say("yanto");

        // He already answered "not / don't know yet" to the danger question: no wall of numbers,
        // no danger question again, just the next question.
        String after = text(agus.say("sy tdk tau"));
        assertThat(after)
                .contains("3/5")
                .doesNotContain("Apakah ada orang dalam bahaya")
                .doesNotContainPattern("(?<![A-Z0-9-])999(?![A-Z0-9])")
                .doesNotContain("Bagikan lokasi");

        agus.say("om nya yg bawa. lwt kapal");
        agus.press("f:skip");
        String summary = text(agus.press("f:contact:yes"));
        assertThat(summary).contains("Malaysia").doesNotContain("sy tdk tau");
    }

    /** The ways an old man writes "I don't know (where)" are answers, not danger signals. */
    @Test
    void dontKnowInHisOwnWordsNeverBringsBackTheDangerQuestion() {
        List<String> answers =
                List.of("tdk tau pak", "sy tdk tau dia dmn", "tidak tahu dimana", "blm tau bu");
        long chat = 744_010;
        for (String answer : answers) {
            BotConversation father = new BotConversation(BOT_API, chat++);
            father.say("anak sy di malaysia 3 bln sdh tdk ada kabar");
            father.press("f:danger:no");
            father.press("f:offer:yes");
            father.say("yanto");
            String after = text(father.say(answer));
            assertThat(after)
                    .as(answer)
                    .contains("3/5")
                    .doesNotContain("Apakah ada orang dalam bahaya")
                    .doesNotContain("Bagikan lokasi");
        }
    }

    @Test
    void theDangerHeTypedAtTheCityQuestionAnswersItAndTheFormGoesOnAtTheEmployer() {
        BotConversation agus = new BotConversation(BOT_API, 744_002);
        agus.say("/keluarga");
        String alarm = text(agus.press("f:danger:yes"));
        String code = reportCode(alarm);
        agus.say("Maria Nenobais");

        String interrupted =
                text(
                        agus.say(
                                "johor bahru. dia wa sy td, majikan pukul dia, paspor ditahan,"
                                        + " tdk dikasi mkn"));
        assertThat(interrupted).contains("999").contains(code);

        String resumed = text(agus.press("em:resume"));
        assertThat(resumed).contains("3/5").doesNotContain("2/5");

        assertThat(text(agus.say("PT Sumber Rejeki, Jakarta"))).contains("4/5");
        agus.say("td pagi lwt wa");

        Report report = queue.find(code).orElseThrow();
        String told =
                report.facts().what()
                        + "\n"
                        + report.messages().stream()
                                .map(Report.Message::text)
                                .collect(Collectors.joining("\n"));
        assertThat(told)
                .containsPattern("(?i)Negara/kota: johor bahru")
                .contains("PT Sumber Rejeki")
                .doesNotContainPattern("Negara/kota: PT Sumber");
    }

    /** A danger message that names no place does not answer "which country and city?". */
    @Test
    void aDangerWithoutAPlaceAtTheCityQuestionIsAskedAgainAfterTheAlarm() {
        BotConversation agus = new BotConversation(BOT_API, 744_003);
        agus.say("/keluarga");
        agus.press("f:danger:yes");
        agus.say("Maria Nenobais");

        agus.say("majikan pukul dia, paspor ditahan, tdk dikasi mkn");
        assertThat(text(agus.press("em:resume"))).contains("2/5");
    }
}
