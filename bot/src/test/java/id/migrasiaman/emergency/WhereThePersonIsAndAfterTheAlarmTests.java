package id.migrasiaman.emergency;

import static id.migrasiaman.conversation.ReplyTexts.buttons;
import static id.migrasiaman.conversation.ReplyTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.reports.Priority;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by a black-box trial (trial 8), through {@code ConversationService} with the real intent
 * model and danger check and the report queue on the embedded MongoDB: the hotlines follow where
 * the person is, not the report's destination; questions after an alarm are answered; the
 * emergency's buttons keep their order and "not an emergency" asks once more; a withdrawal can be
 * said in words; the hotline list is not repeated in full within one emergency.
 */
class WhereThePersonIsAndAfterTheAlarmTests {

    private static final String MACHETE =
            "kak tolong om frans ada di depan rumah skrg, dia marah2 bawa parang krn tau sy mau"
                    + " lapor. sy takut skali";
    private static final String LOCKED_IN_MALAYSIA =
            "adik saya dikunci majikan di Malaysia, tolong";

    @TempDir Path dataDir;
    private EmergencyFixture bot;

    @BeforeEach
    void start() {
        bot = new EmergencyFixture(dataDir, new AfterTheAlarmTests.WhoWhereFlow());
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void aReporterThreatenedAtHomeInTakariGetsIndonesiasPoliceFirstNotMalaysias() {
        bot.chat.send("p11", "/catat");
        bot.chat.send("p11", "Om Frans dari Takari, janji kerja di Malaysia");

        List<Reply> replies = bot.chat.send("p11", MACHETE);

        assertThat(replies.get(0).html())
                .contains("110")
                .doesNotContainPattern("(?<![A-Z0-9-])999(?![A-Z0-9])");
        String code = StaffChat.codeIn(text(replies));
        assertThat(bot.report(code).priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void sayingIAmInTakariNotMalaysiaSwitchesTheNumbersAndThePoliceNumberIsAnswered() {
        String code = alarm("c1", LOCKED_IN_MALAYSIA);

        List<Reply> replies =
                bot.chat.send("c1", "sy di takari kak bukan di malaysia!! nomor polisi brp");

        assertThat(replies.get(0).html())
                .contains("110")
                .doesNotContainPattern("(?<![A-Z0-9-])999(?![A-Z0-9])");
        assertThat(text(replies)).contains("/darurat");
        assertThat(bot.chat.state("c1").active(EmergencyState.class).orElseThrow().country())
                .isEqualTo("ID");
        // Where the person is helps staff: it is added without asking.
        assertThat(bot.report(code).messages()).hasSize(2);
    }

    @Test
    void aQuestionForThePoliceNumberAfterAnAlarmIsAnsweredWithTheNumbers() {
        String code = alarm("n1", MACHETE);

        List<Reply> replies = bot.chat.send("n1", "nomor polisi brp");

        assertThat(replies.get(0).html()).contains("110");
        assertThat(text(replies)).doesNotContain("Ditambahkan");
        assertThat(buttons(replies)).contains("em:add");
        assertThat(bot.report(code).messages()).hasSize(1);
    }

    @Test
    void questionsWithAFactWordAreAnsweredAndOnlyOfferedToTheReport() {
        for (String question :
                List.of(
                        "kalau saya telpon KJRI nanti saya dipulangkan gak? saya masih ada utang"
                                + " agen",
                        "is there a consulate in Penang?")) {
            String id = "q" + Math.abs(question.hashCode());
            String code = alarm(id, LOCKED_IN_MALAYSIA);

            List<Reply> replies = bot.chat.send(id, question);

            assertThat(text(replies)).as(question).doesNotContain("Ditambahkan");
            assertThat(buttons(replies)).as(question).contains("em:add");
            assertThat(bot.report(code).messages()).as(question).hasSize(1);
        }
    }

    @Test
    void aQuestionAboutAHeldPassportIsNotJustFiledAway() {
        String code = alarm("hk", LOCKED_IN_MALAYSIA);

        List<Reply> replies = bot.chat.send("hk", "majikan boleh pegang paspor gak sih?");

        // A question about the rules (round 14: no danger of its own): answered, and the person
        // may add it to the report (issue 10, item 3); one tap adds it.
        assertThat(replies.size()).isGreaterThan(1);
        assertThat(buttons(replies)).contains("em:add");
        bot.chat.press("hk", "em:add");
        assertThat(bot.report(code).messages()).hasSize(2);
        assertThat(bot.chat.state("hk").active(EmergencyState.class).orElseThrow().code())
                .isEqualTo(code);
    }

    @Test
    void theEmergencyButtonsKeepTheirOrderAndNotAnEmergencyAsksOnceMore() {
        String code = alarm("b1", MACHETE);
        List<Reply> after = bot.chat.send("b1", "dia masih di luar, namanya Frans Tefa");
        List<Reply> thanks = bot.chat.send("b1", "makasih kak");

        List<String> first = List.of("e:contact:" + code, "em:withdraw:" + code);
        assertThat(buttons(after).subList(0, 2)).isEqualTo(first);
        assertThat(buttons(thanks).subList(0, 2)).isEqualTo(first);

        List<Reply> asked = bot.chat.press("b1", "em:withdraw:" + code);
        assertThat(text(asked)).contains("Yakin");
        assertThat(bot.report(code).withdrawn()).isFalse();

        assertThat(text(bot.chat.press("b1", "em:stay"))).contains("tetap aktif");
        assertThat(bot.report(code).withdrawn()).isFalse();

        bot.chat.press("b1", "em:sure:" + code);
        assertThat(bot.report(code).withdrawn()).isTrue();
    }

    @Test
    void aMistakenYesNowCanBeWithdrawnInWordsAndBatalOrACodeAreNeverReportText() {
        bot.chat.send("w1", "/darurat");
        String code = StaffChat.codeIn(text(bot.chat.press("w1", "em:yes")));

        for (String words :
                List.of(
                        "ga jadi",
                        "salah pencet tadi",
                        "bukan darurat",
                        "sorry wrong button",
                        "batal")) {
            List<Reply> replies = bot.chat.send("w1", words);
            assertThat(buttons(replies)).as(words).contains("em:sure:" + code);
            assertThat(text(replies)).as(words).doesNotContain("Ditambahkan");
        }
        assertThat(text(bot.chat.send("w1", code))).doesNotContain("Ditambahkan");

        assertThat(bot.report(code).messages()).hasSize(1);
        assertThat(bot.report(code).withdrawn()).isFalse();
    }

    @Test
    void gaJadiAtTheDangerQuestionIsANoNotATopic() {
        bot.chat.send("g1", "/darurat");

        List<Reply> replies = bot.chat.send("g1", "ga jadi");

        assertThat(text(replies)).contains("tidak kami beri tahu");
        assertThat(bot.chat.state("g1").active()).isNull();
    }

    @Test
    void withinOneEmergencyTheNumbersComeOneALineAndTheirExplanationsOnRequest() {
        // A cheap phone's first screen (trial 17, D34): every number, what each is for by /darurat.
        List<Reply> asked = bot.chat.send("s1", "tolong saya takut");
        assertThat(asked.get(0).html()).contains("110", "129", "/darurat");
        assertThat(text(asked)).doesNotContain("Keterangan panjang");
        assertThat(text(bot.chat.send("s1", "/darurat"))).contains("Keterangan panjang");

        List<Reply> yes = bot.chat.press("s1", "em:yes");

        assertThat(yes.get(0).html()).contains("110").contains("/darurat");
        assertThat(text(yes)).doesNotContain("Keterangan panjang");
        assertThat(StaffChat.codeIn(text(yes))).isNotBlank();
    }

    private String alarm(String conversation, String danger) {
        List<Reply> replies = bot.chat.send(conversation, danger);
        String code = StaffChat.codeIn(text(replies));
        assertThat(bot.report(code).priority()).isEqualTo(Priority.URGENT);
        return code;
    }
}
