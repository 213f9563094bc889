package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotConversation.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationStates;
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
    private static final String INDONESIAN_POLICE = "Polisi 110";

    @Autowired MongoDatabase database;
    @Autowired Pseudonyms pseudonyms;
    @Autowired ConversationStates states;

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

        assertThat(help).contains(INDONESIAN_POLICE);
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

        assertThat(help)
                .contains(HONG_KONG_POLICE, "KJRI Hong Kong")
                .doesNotContain(INDONESIAN_POLICE);
    }

    @Test
    void aThankYouAfterTheAlarmGetsAShortReplyNotTheReportStatus() {
        BotConversation worker = new BotConversation(BOT_API, 850_003);
        String alarm = text(worker.say("Paspor saya dipegang bos, saya kerja di Johor"));
        assertThat(alarm).contains("Satgas sudah diberi tahu");

        String thanks = text(worker.say("terima kasih"));
        String english = text(worker.say("ok thank you so much"));

        assertThat(thanks)
                .contains("Sama-sama")
                .doesNotContain("tetap aktif", "Ditambahkan ke laporan darurat", "LPR-");
        assertThat(english).doesNotContain("tetap aktif", "Ditambahkan ke laporan darurat");
        assertThat(text(worker.say("ok"))).contains("tetap aktif");
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
