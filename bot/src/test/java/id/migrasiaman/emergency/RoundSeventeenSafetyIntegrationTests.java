package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotConversation.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationStates;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.system.Pseudonyms;
import id.migrasiaman.telegram.BotConversation;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Round 17, through Telegram updates: a worker who once wrote from Hong Kong and comes back months
 * later, at home, must get Indonesia's numbers first, not Hong Kong's 999 (the remembered place
 * expires); a worker whose passport the boss holds says "terima kasih" after the alarm and gets a
 * short "you're welcome", not the report's status again (trial 16, D5).
 */
class RoundSeventeenSafetyIntegrationTests extends IntegrationTest {

    private static final String HONG_KONG_POLICE = "999";
    private static final String INDONESIAN_POLICE = "Polisi (call center Polri)";

    @Autowired MongoDatabase database;
    @Autowired Pseudonyms pseudonyms;
    @Autowired ConversationStates states;
    @Autowired ReportQueue queue;

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void aPlaceToldMonthsAgoNoLongerDecidesTheNumbers() {
        long chat = 850_001;
        BotConversation worker = new BotConversation(BOT_API, chat);
        worker.say("aku PRT di hong kong");

        saidAgo(chat, Duration.ofDays(60));
        String help = text(worker.say("tolong kak"));

        assertThat(help)
                .contains(INDONESIAN_POLICE)
                .doesNotStartWith("<b>Nomor darurat di Hong Kong</b>");
        assertThat(help.indexOf(INDONESIAN_POLICE))
                .as("Indonesia's police before any other country's line")
                .isLessThan(
                        help.contains(HONG_KONG_POLICE) ? help.indexOf(HONG_KONG_POLICE) : 1 << 20);
    }

    @Test
    void aPlaceToldLastWeekStillDecidesTheNumbers() {
        long chat = 850_002;
        BotConversation worker = new BotConversation(BOT_API, chat);
        worker.say("aku PRT di hong kong");

        saidAgo(chat, Duration.ofDays(7));
        String help = text(worker.say("tolong kak"));

        assertThat(help).startsWith("<b>Nomor darurat di Hong Kong</b>").contains("KJRI Hong Kong");
    }

    @Test
    void aThankYouAfterTheAlarmGetsAShortReplyNotTheReportStatus() {
        BotConversation worker = new BotConversation(BOT_API, 850_003);
        String alarm = text(worker.say("Paspor saya dipegang bos, saya kerja di Johor"));
        assertThat(alarm).contains("Satgas sudah diberi tahu");

        String thanks = text(worker.say("terima kasih"));
        String ok = text(worker.say("ok"));
        String english = text(worker.say("ok thank you so much"));

        assertThat(thanks)
                .contains("Sama-sama")
                .doesNotContain("tetap aktif", "Ditambahkan ke laporan darurat", "LPR-");
        // "ok" alone still gets the short note that the report stays open
        assertThat(ok).contains("tetap aktif");
        assertThat(english)
                .containsAnyOf("Sama-sama", "You are welcome")
                .doesNotContain("tetap aktif", "stays open", "Ditambahkan ke laporan darurat");
    }

    @Test
    void aFatherWritingCalmlyThatHisSonDroveOffWithStrangersMinutesAgoRaisesTheAlarm() {
        BotConversation father = new BotConversation(BOT_API, 850_004, "en");
        long urgent = queue.urgentWaiting();

        String reply =
                text(
                        father.say(
                                "My boy is 15. He got into a van with two men who said they had"
                                        + " plantation jobs, they drove off 20 minutes ago from"
                                        + " the market"));

        assertThat(reply).contains("Task-force staff have been alerted");
        assertThat(queue.urgentWaiting()).isEqualTo(urgent + 1);
    }

    @Test
    void aWorkerWhoMayNotGoOutTypesItInTwoWordsAndIsAlarmed() {
        BotConversation worker = new BotConversation(BOT_API, 850_005, "en");

        String reply =
                text(
                        worker.say(
                                "the employer in Doha says I am not allowed out until my contract ends"));

        assertThat(reply).contains("Task-force staff have been alerted");
    }

    @Test
    void aSisterTellingThatTheCaptainBeatsHerBrotherInChatSpellingIsAlarmed() {
        BotConversation sister = new BotConversation(BOT_API, 850_006);

        String reply =
                text(
                        sister.say(
                                "abang sy ABK di kapal tuna, td malam dia WA katanya dipukulin"
                                        + " kapten trus"));

        assertThat(reply).contains("Satgas sudah diberi tahu");
    }

    @Test
    void everydayTimesAndCurfewsRaiseNoAlarm() {
        long urgent = queue.urgentWaiting();
        BotConversation student = new BotConversation(BOT_API, 850_007, "en");
        BotConversation applicant = new BotConversation(BOT_API, 850_008, "en");
        BotConversation tenant = new BotConversation(BOT_API, 850_009);

        String curfew =
                text(
                        student.say(
                                "our hostel warden says we are not allowed out after 10pm, normal?"));
        String waiting =
                text(
                        applicant.say(
                                "I sent my documents to the office 20 minutes ago, when do they reply?"));
        String kos = text(tenant.say("td sore ibu kos bilang listrik mati sampai jam 9"));

        assertThat(curfew).doesNotContain("Task-force staff have been alerted");
        assertThat(waiting)
                .doesNotContain("Task-force staff have been alerted", "in danger right now");
        assertThat(kos).doesNotContain("Satgas sudah diberi tahu");
        assertThat(queue.urgentWaiting()).isEqualTo(urgent);
    }

    @Test
    void aGrandmotherTypingInsteadOfPressingAtTheFamilyDangerQuestionGoesOn() {
        BotConversation grandmother = new BotConversation(BOT_API, 850_010);
        String asked = text(grandmother.say("/keluarga"));
        assertThat(asked).contains("dalam bahaya sekarang");

        // Typed instead of a button, twice (trial 16, D26): kept, and she is offered the report,
        // which starts on her typed yes (trial 19, D17: it used to start on its own).
        String country = text(grandmother.say("malaysia"));
        String howLong = text(grandmother.say("sudah 6 bulan"));
        String yes = text(grandmother.say("ya"));

        assertThat(country)
                .contains("Dicatat untuk laporan keluarga", "Mau kami bantu membuat laporan")
                .doesNotContain("Pilih salah satu tombol", "Satgas sudah diberi tahu", "1/5");
        assertThat(howLong).contains("Laporan belum dimulai").doesNotContain("Pilih salah satu");
        assertThat(yes).contains("1/5");
    }

    /** As if the person said where she is {@code ago}. */
    private void saidAgo(long chat, Duration ago) {
        String id = pseudonyms.of("tg-chat", String.valueOf(chat));
        long changed =
                database.getCollection("conversations")
                        .updateOne(
                                Filters.eq("_id", id),
                                Updates.set("whereaboutsAt", Date.from(Instant.now().minus(ago))))
                        .getModifiedCount();
        assertThat(changed).isEqualTo(1);
        states.forget(id);
    }
}
